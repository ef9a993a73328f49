import { describe, expect, it } from "vitest";
import { en, nl, SECTIONS_NL, translator } from "../../core/i18n/messages";
import { UserError } from "../../core/i18n/user-error";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("translations", () => {
  it("has every Dutch key in English and no extra ones", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it("defines each key in one section only", () => {
    const counted = SECTIONS_NL.reduce((sum, section) => sum + Object.keys(section).length, 0);
    expect(counted).toBe(Object.keys(nl).length);
  });

  it("has no empty texts", () => {
    for (const dictionary of [nl, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), key).not.toBe("");
      }
    }
  });

  it("names the same values in both languages", () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("translates by language and fills in named values", () => {
    expect(translator("nl")("nav.overview")).toBe("Overzicht");
    expect(translator("en")("nav.overview")).toBe("Overview");
    expect(translator("nl")("municipality.title", { municipality: "Delft" })).toBe("SOC Delft");
  });
});

describe("an error for the user", () => {
  it("reads Dutch by default and English on request", () => {
    const error = new UserError("municipality.title", { municipality: "Delft" });
    expect(error.message).toBe("SOC Delft");
    expect(error.in("en")).toBe(translator("en")("municipality.title", { municipality: "Delft" }));
  });
});
