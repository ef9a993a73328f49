import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseCell,
  parseDateCell,
  parseNumberText,
  type ValueType,
} from "../../core/contract/value-types";

const euro: ValueType = { kind: "decimal", min: 0, euro: true };

describe("numbers written as text (the contract's examples)", () => {
  it.each([
    ["3000", "point", 3000],
    ["3000.50", "point", 3000.5],
    ["3.000,50", "point", 3000.5], // a comma makes it Dutch anywhere
    ["€ 3.000,-", "point", 3000],
    ["€3.000,–", "point", 3000],
    ["2.000", "dutch", 2000], // semicolon CSV: the dot groups thousands
    ["0,5", "dutch", 0.5],
    ["1.234.567,89", "dutch", 1234567.89],
    ["2.5", "point", 2.5],
    ["12", "dutch", 12],
    // the fast paths for plain numbers, and what they leave to the full reading
    ["-7", "dutch", -7],
    ["-0.25", "point", -0.25],
    [" 12 ", "point", 12],
    ["12 500", "point", 12500],
  ] as const)("%s (%s) is %d", (text, convention, expected) => {
    expect(parseNumberText(text, convention)).toBe(expected);
  });

  it.each([
    ["2.5", "dutch"], // in Dutch, a dot must group three digits
    ["3,000.50", "point"],
    ["1.23,4", "dutch"],
    ["drie", "point"],
    ["€", "point"],
    ["1e5", "point"],
  ] as const)("%s (%s) is not a number", (text, convention) => {
    expect(parseNumberText(text, convention)).toBeNull();
  });

  it("parses every Dutch-formatted amount back to its number", () => {
    const dutch = new Intl.NumberFormat("nl-NL", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
        const amount = cents / 100;
        const text = dutch.format(amount);
        expect(parseNumberText(text, "dutch")).toBe(amount);
        expect(parseNumberText(`€ ${text}`, "point")).toBe(amount);
      }),
    );
  });

  it("parses every plain decimal back to its number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (cents) => {
        const amount = cents / 100;
        expect(parseNumberText(amount.toFixed(2), "point")).toBe(amount);
      }),
    );
  });
});

describe("cells by column type", () => {
  const parse = (
    cell: string | number | boolean | Date,
    type: ValueType,
    convention = "point" as const,
  ) => parseCell(cell, type, convention);

  it("takes Excel numbers as they are, to the cent for euros", () => {
    expect(parse(3000.1 + 0.2, euro)).toEqual({ ok: true, value: 3000.3 });
    expect(parse(10.005, euro)).toMatchObject({
      ok: false,
      problem: { code: "too_many_decimals" },
    });
  });

  it("applies bounds", () => {
    const positive: ValueType = { kind: "decimal", min: 0, minExclusive: true, euro: true };
    expect(parse("0", positive)).toMatchObject({ ok: false, problem: { code: "below_min" } });
    const share: ValueType = { kind: "decimal", min: 0, minExclusive: true, max: 1 };
    expect(parse("0,5", share)).toEqual({ ok: true, value: 0.5 });
    expect(parse("1.5", share)).toMatchObject({ ok: false, problem: { code: "above_max" } });
  });

  it.each([
    ["12", 12],
    ["12.0", 12],
    [12, 12],
  ] as const)("integer %s is %d", (cell, expected) => {
    expect(parse(cell, { kind: "integer", min: 0 })).toEqual({ ok: true, value: expected });
  });

  it.each(["12.5", "twaalf", 12.5])("integer %s is refused", (cell) => {
    expect(parse(cell, { kind: "integer", min: 0 }).ok).toBe(false);
  });

  it.each([
    ["ja", true],
    ["Nee", false],
    ["yes", true],
    ["FALSE", false],
    ["1", true],
    ["0", false],
    ["x", true],
    ["WAAR", true],
    [true, true],
    [0, false],
  ] as const)("bool %s is %s", (cell, expected) => {
    expect(parse(cell, { kind: "bool" })).toEqual({ ok: true, value: expected });
  });

  it("refuses a bool it does not know", () => {
    expect(parse("misschien", { kind: "bool" })).toMatchObject({ problem: { code: "not_bool" } });
  });

  it("accepts enum values and Dutch aliases in any case", () => {
    const stage: ValueType = {
      kind: "enum",
      options: [
        { value: "idea", alias: "idee" },
        { value: "growth", alias: "groei" },
      ],
    };
    expect(parse("Idee", stage)).toEqual({ ok: true, value: "idea" });
    expect(parse("GROWTH", stage)).toEqual({ ok: true, value: "growth" });
    expect(parse("startup", stage)).toMatchObject({ problem: { code: "not_enum" } });
  });

  it("takes a KvK number of exactly 8 digits, and a number cell that lost its leading zero", () => {
    expect(parse("01234567", { kind: "kvk" })).toEqual({ ok: true, value: "01234567" });
    expect(parse(" 90000014 ", { kind: "kvk" })).toEqual({ ok: true, value: "90000014" });
    expect(parse(1234567, { kind: "kvk" })).toEqual({ ok: true, value: "01234567" });
    for (const wrong of ["1234567", "123456789", "0123 4567", "KvK 01234567", "1234567a"]) {
      expect(parse(wrong, { kind: "kvk" })).toMatchObject({ problem: { code: "not_kvk" } });
    }
    expect(parse(123456789, { kind: "kvk" })).toMatchObject({ problem: { code: "not_kvk" } });
    expect(parse(12.5, { kind: "kvk" })).toMatchObject({ problem: { code: "not_kvk" } });
  });

  it("checks slugs, e-mail addresses, lengths and lists", () => {
    expect(parse("groningen-2020", { kind: "slug" }).ok).toBe(true);
    expect(parse("Groningen 2020", { kind: "slug" }).ok).toBe(false);
    expect(parse("anna@voorbeeld.nl", { kind: "email" }).ok).toBe(true);
    expect(parse("anna@voorbeeld", { kind: "email" }).ok).toBe(false);
    expect(parse("x".repeat(201), { kind: "text", maxLength: 200 })).toMatchObject({
      problem: { code: "too_long", max: 200 },
    });
    expect(parse(" Armoede ; Eenzaamheid;", { kind: "list" })).toEqual({
      ok: true,
      value: ["Armoede", "Eenzaamheid"],
    });
  });
});

describe("dates", () => {
  it.each([
    ["2020-03-01", "2020-03-01"],
    ["1-3-2020", "2020-03-01"],
    ["01-03-2020", "2020-03-01"],
    ["29-2-2024", "2024-02-29"],
  ])("%s is %s", (text, iso) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: iso });
  });

  it.each(["31-2-2020", "2020-13-01", "3/1/2020", "morgen", "29-2-2023"])(
    "%s is refused",
    (text) => {
      expect(parseDateCell(text).ok).toBe(false);
    },
  );

  it("takes Excel date cells and serial numbers of this century", () => {
    expect(parseDateCell(new Date(Date.UTC(2021, 3, 14)))).toEqual({
      ok: true,
      value: "2021-04-14",
    });
    expect(parseDateCell(44300)).toEqual({ ok: true, value: "2021-04-14" });
    expect(parseDateCell(2020).ok).toBe(false);
  });

  it("round-trips every day between 2000 and 2100 in both notations", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_890 }), (offset) => {
        const date = new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000);
        const iso = date.toISOString().slice(0, 10);
        const dayFirst = `${date.getUTCDate()}-${date.getUTCMonth() + 1}-${date.getUTCFullYear()}`;
        expect(parseDateCell(iso)).toEqual({ ok: true, value: iso });
        expect(parseDateCell(dayFirst)).toEqual({ ok: true, value: iso });
        expect(parseDateCell(date)).toEqual({ ok: true, value: iso });
      }),
    );
  });
});
