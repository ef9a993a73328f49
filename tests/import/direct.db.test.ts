// The direct path (import/direct.server.ts): on PostgreSQL a file of one
// dataset whose rows are all new and valid goes by COPY straight into its
// table; anything else makes it roll back and give way to the staged path,
// which then imports the file or reports its errors as before.
import { describe, expect, it } from "vitest";
import { directSheet, importDirectly } from "../../import/direct.server";
import { openImportSource } from "../../import/source";
import { useTestDatabase } from "../support/test-db";
import { writeText } from "./files";
import { everything, importOptions, importSheets, importText, validSheets } from "./fixtures";

const HEADER = "editie_id,aanmelding_id,maanden,actief,banen_fte";
const outcomes = (...rows: string[]) => [HEADER, ...rows].join("\r\n");
const HASH = "0".repeat(64);

/** importDirectly on a CSV file of outcome rows; undefined when the file does not qualify. */
async function direct(db: Parameters<typeof importDirectly>[0], content: string, mode = "upsert") {
  const name = "resultaten.csv";
  const { file } = await writeText(name, content);
  const options = importOptions({ fileName: name, mode: mode as "upsert" | "replace" });
  const source = await openImportSource(file, name, options.limits);
  const chosen = directSheet(source, options);
  if (!chosen) return undefined;
  return importDirectly(db, source, chosen, options, Promise.resolve(HASH));
}

describe("the direct path", () => {
  const test = useTestDatabase();

  it("takes a file of new, valid rows on PostgreSQL only, with the staged path's counts", async () => {
    const sheets = validSheets();
    delete sheets.Resultaten;
    expect((await importSheets(test.db, sheets)).ok).toBe(true);
    const outcome = await direct(
      test.db,
      outcomes("groningen-2020,a1,12,ja,1.5", "groningen-2020,a2,24,nee,"),
    );
    if (test.kind === "pglite") {
      expect(outcome).toBeNull();
      return;
    }
    expect(outcome).toMatchObject({
      dataset: "outcomes",
      counts: { outcomes: { inserted: 2, updated: 0, unchanged: 0 } },
      ignoredSheets: [],
      warnings: [],
    });
    const rows = await test.db
      .selectFrom("outcomes")
      .select(["applicant_id", "months", "active", "jobs_fte", "import_id"])
      .orderBy("applicant_id")
      .execute();
    expect(rows).toEqual([
      { applicant_id: "a1", months: 12, active: true, jobs_fte: 1.5, import_id: outcome?.importId },
      {
        applicant_id: "a2",
        months: 24,
        active: false,
        jobs_fte: null,
        import_id: outcome?.importId,
      },
    ]);
    const entry = await test.db
      .selectFrom("imports")
      .select(["edition_ids", "counts"])
      .where("import_id", "=", outcome?.importId as number)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({
      edition_ids: ["groningen-2020"],
      counts: { outcomes: { inserted: 2, updated: 0, unchanged: 0 } },
    });
  });

  it("gives way, writing nothing, to what only the staged path can tell", async () => {
    const cases = {
      "a stored key": outcomes("groningen-2020,a3,36,ja,", "groningen-2020,a1,12,ja,1.5"),
      "a key twice in the file": outcomes("groningen-2020,a3,36,ja,", "groningen-2020,a3,36,nee,"),
      "an unknown applicant": outcomes("groningen-2020,a3,36,ja,", "groningen-2020,a9,36,ja,"),
      "an unknown edition": outcomes("groningen-2020,a3,36,ja,", "leiden-2020,a1,36,ja,"),
      "an error in a row": outcomes("groningen-2020,a3,36,ja,", "groningen-2020,a3,48,ja,-1"),
      "a missing column": "editie_id,aanmelding_id,maanden\r\ngroningen-2020,a3,36",
    };
    const before = await everything(test.db);
    for (const [what, content] of Object.entries(cases)) {
      expect(await direct(test.db, content), what).toBeNull();
      expect(await everything(test.db), what).toEqual(before);
    }
  });

  it("gives way to the staged path, which refuses it, for a registration that was erased", async () => {
    const { eraseRegistration } = await import("../../db/queries/privacy.server");
    expect(
      (await eraseRegistration(test.db, "groningen-2020", "a1", { userId: null, actor: "test" }))
        .ok,
    ).toBe(true);
    const before = await everything(test.db);
    const back = "editie_id,aanmelding_id,initiatief\r\ngroningen-2020,a1,Matsie";
    const { file } = await writeText("aanmeldingen.csv", back);
    const options = importOptions({ fileName: "aanmeldingen.csv" });
    const source = await openImportSource(file, "aanmeldingen.csv", options.limits);
    const chosen = directSheet(source, options);
    expect(chosen?.dataset.key).toBe("applicants");
    if (chosen)
      expect(
        await importDirectly(test.db, source, chosen, options, Promise.resolve(HASH)),
      ).toBeNull();
    expect(await everything(test.db)).toEqual(before);
    const refused = await importText(test.db, "aanmeldingen.csv", back, { language: "en" });
    expect(refused.errors.map((e) => [e.row, e.column, e.value, e.message])).toEqual([
      [
        2,
        "applicant_id",
        "a1",
        "This registration was erased (GDPR) and may not come back. Remove its rows from the source file too; nothing was saved.",
      ],
    ]);
  });

  it("does not take a replace-mode import", async () => {
    expect(await direct(test.db, outcomes("groningen-2020,a3,36,ja,"), "replace")).toBeUndefined();
  });

  it("leaves a file it gave way to to the staged path: counts and errors as always", async () => {
    const stored = outcomes("groningen-2020,a2,60,ja,");
    expect((await importText(test.db, "resultaten.csv", stored)).ok).toBe(true);
    const mixed = await importText(
      test.db,
      "resultaten.csv",
      outcomes("groningen-2020,a3,36,ja,", "groningen-2020,a2,60,ja,2"),
    );
    expect(mixed.errors).toEqual([]);
    expect(mixed.counts).toEqual({ outcomes: { inserted: 1, updated: 1, unchanged: 0 } });
    const wrong = await importText(
      test.db,
      "resultaten.csv",
      outcomes("groningen-2020,a3,48,ja,", "groningen-2020,a9,48,ja,"),
      { language: "en" },
    );
    expect(wrong.ok).toBe(false);
    expect(wrong.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, "applicant_id", "a9"],
    ]);
  });
});
