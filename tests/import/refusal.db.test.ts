// A rule only the database knows (issue 18): its refusal names the dataset,
// the sheet, the column and the rule in plain words, not the raw message.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/test-db";
import { importSheets, validSheets } from "./fixtures";

describe("a refusal by the database", () => {
  const test = useTestDatabase();

  it("is located at its dataset, sheet, row and column", async () => {
    await sql`alter table activities add constraint activities_title_not_forbidden
      check (title is distinct from 'Verboden')`.execute(test.db);
    const sheets = validSheets();
    (sheets.Programma as unknown[][])[1] = [
      "groningen-2020",
      "w1",
      "workshop",
      "Verboden",
      null,
      null,
      null,
    ];
    const report = await importSheets(test.db, sheets);
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      {
        dataset: "activities",
        sheet: "Programma",
        row: 2,
        column: "title",
        value: null,
        message: expect.stringContaining(
          "Een rij van programma voldoet niet aan de regel 'activities_title_not_forbidden'",
        ),
      },
    ]);
    expect(report.errors[0]?.message).not.toContain("weigerde");
  });

  it("of a not-null rule names the rows with the empty cell", async () => {
    await sql`alter table activities alter column title set not null`.execute(test.db);
    try {
      // The fixture's network meeting (row 3) has no title.
      const report = await importSheets(test.db, validSheets());
      expect(report.errors.map((e) => [e.dataset, e.sheet, e.row, e.column])).toEqual([
        ["activities", "Programma", 3, "title"],
      ]);
      expect(report.errors[0]?.message).not.toContain("weigerde");
    } finally {
      await sql`alter table activities alter column title drop not null`.execute(test.db);
    }
  });

  it("of a unique rule names the rows with the same key", async () => {
    await sql`create unique index activities_kind_once on activities (edition_id, kind)`.execute(
      test.db,
    );
    try {
      const sheets = validSheets();
      const programme = sheets.Programma as unknown[][];
      programme.push(["groningen-2020", "w2", "workshop", "Pitchen", null, null, null]);
      const report = await importSheets(test.db, sheets);
      expect(report.errors.map((e) => [e.dataset, e.sheet, e.row])).toEqual([
        ["activities", "Programma", 2],
        ["activities", "Programma", 4],
      ]);
    } finally {
      await sql`drop index activities_kind_once`.execute(test.db);
    }
  });
});
