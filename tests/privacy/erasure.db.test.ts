// Erasure on request (AVG article 17) and the access request (article 15), on
// both databases: every figure of the metric catalogue stays the same, and no
// column of any table (contract, derived, history, audit, filed results)
// still holds an erased value.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import type { Db } from "../../db/connection.server";
import { eraseRegistration, sweepRetention } from "../../db/queries/privacy.server";
import { loadMetricsReport } from "../../reports/metrics/report.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import type { Cell } from "../import/files";
import { everything, importSheets, type Sheets, validSheets } from "../import/fixtures";
import { useTestDatabase } from "../support/test-db";

const AT = new Date("2026-01-01T00:00:00Z");
const BY = { userId: null, actor: "test" };

/** Anna (a1) with a phone and a story quote; Omapost (a2) stays as it is. */
function firstSheets(): Sheets {
  const sheets = validSheets();
  const applicants = sheets.AANMELDINGEN ?? [];
  sheets.AANMELDINGEN = [
    [...(applicants[0] ?? []), "telefoon", "idee"],
    ...applicants
      .slice(1)
      .map((row) =>
        row[1] === "a1"
          ? [...row, "06-11223344", "Anna kookt elke week voor de buurt"]
          : [...row, null, null],
      ),
  ];
  sheets.Cases = [
    ["editie_id", "aanmelding_id", "titel", "samenvatting", "citaat", "gepubliceerd"],
    [
      "groningen-2020",
      "a1",
      "Matsie wint",
      "Matsie brengt mensen samen.",
      "Ik zag het licht",
      "ja",
    ],
  ];
  return sheets;
}

/** A later import that changes Anna's e-mail, the comment and her quote: the history keeps the old values. */
function secondSheets(): Sheets {
  const sheets = firstSheets();
  const swap = (rows: Cell[][] | undefined, from: Cell, to: Cell) =>
    (rows ?? []).map((row) => row.map((cell) => (cell === from ? to : cell)));
  sheets.AANMELDINGEN = swap(sheets.AANMELDINGEN, "anna@voorbeeld.nl", "anna.nieuw@voorbeeld.nl");
  sheets.Beoordelingen = swap(sheets.Beoordelingen, "Sterk", "Anna overtuigt de jury");
  sheets.Enquete = swap(sheets.Enquete, "Top!", "Beste jaar van mijn leven");
  return sheets as Sheets;
}

/** Everything Anna's registration held that names, reaches or quotes her. */
const ERASED = [
  "Anna de Vries",
  "anna@voorbeeld.nl",
  "anna.nieuw@voorbeeld.nl",
  "06-11223344",
  "Sterk",
  "Anna overtuigt de jury",
  "Top!",
  "Beste jaar van mijn leven",
  "Ik zag het licht",
  "Matsie brengt mensen samen.",
  "Anna kookt elke week voor de buurt",
];

/** Every column of every table where `value` occurs: text, json, arrays and bytes alike. */
async function whereFound(db: Db, value: string): Promise<string[]> {
  const { rows: columns } = await sql<{
    table_name: string;
    column_name: string;
    data_type: string;
  }>`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'bytea')`.execute(
    db,
  );
  const found: string[] = [];
  for (const { table_name, column_name, data_type } of columns) {
    const column = sql.ref(`${table_name}.${column_name}`);
    const hit =
      data_type === "bytea"
        ? sql<boolean>`position(convert_to(${value}, 'UTF8') in ${column}) > 0`
        : sql<boolean>`strpos(${column}::text, ${value}) > 0`;
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(table_name)} where ${hit}`.execute(db);
    if ((rows[0]?.n ?? 0) > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

async function figures(db: Db): Promise<unknown> {
  return loadMetricsReport(db, {}, AT);
}

describe("erasing one registration", () => {
  const test = useTestDatabase();

  it("has the person's values in the contract rows and the history before", async () => {
    expect((await importSheets(test.db, firstSheets())).errors).toEqual([]);
    expect((await importSheets(test.db, secondSheets())).errors).toEqual([]);
    // A result filed by an app process that quotes her.
    await test.db
      .insertInto("shared_results")
      .values({ key: "page", data_version: 999, value: Buffer.from("Beste jaar van mijn leven") })
      .execute();
    for (const value of ["anna@voorbeeld.nl", "Sterk", "Top!"]) {
      expect(await whereFound(test.db, value), value).toContain("import_changes.row");
    }
    expect(await whereFound(test.db, "Anna de Vries")).toContain("applicants.entrepreneur");
  });

  it("refuses an unknown edition or applicant and writes nothing", async () => {
    const before = await everything(test.db);
    expect(await eraseRegistration(test.db, "nergens-2020", "a1", BY)).toEqual({
      ok: false,
      reason: "unknown_edition",
    });
    expect(await eraseRegistration(test.db, "groningen-2020", "a9", BY)).toEqual({
      ok: false,
      reason: "unknown_applicant",
    });
    expect(await everything(test.db)).toEqual(before);
    const audits = await test.db.selectFrom("audit_log").selectAll().execute();
    expect(audits).toEqual([]);
  });

  it("keeps every figure and leaves no erased value in any table", async () => {
    const before = await figures(test.db);
    const result = await eraseRegistration(test.db, "groningen-2020", "a1", BY);
    if (!result.ok) throw new Error(result.reason);
    expect(result.erasedAs).toMatch(/^gewist-[0-9a-f]{16}$/);
    expect(await figures(test.db)).toEqual(before);
    for (const value of ERASED) expect(await whereFound(test.db, value), value).toEqual([]);
    // The old number is gone too, from every row and every before-image.
    for (const table of [
      "applicants",
      "assessments",
      "assessment_scores",
      "applicant_scores",
      "awards",
      "outcomes",
      "surveys",
      "stories",
    ] as const) {
      const rows = await test.db
        .selectFrom(table)
        .select("applicant_id")
        .where("applicant_id", "=", "a1")
        .execute();
      expect(rows, table).toEqual([]);
    }
    const history = await sql<{ n: number }>`select count(*)::int as n from import_changes
      where "row"->>'applicant_id' = 'a1'`.execute(test.db);
    expect(history.rows[0]?.n).toBe(0);
    // Her facts stay under the new number: award, outcome, scores.
    const award = await test.db
      .selectFrom("awards")
      .selectAll()
      .where("applicant_id", "=", result.erasedAs)
      .executeTakeFirstOrThrow();
    expect(award.microcredit_eur).toBe(3000);
    // Omapost's row is untouched.
    expect(
      await test.db
        .selectFrom("applicants")
        .select("initiative")
        .where("applicant_id", "=", "a2")
        .executeTakeFirst(),
    ).toEqual({ initiative: "Omapost" });
  });

  it("is in the audit log, without the erased values or the old number", async () => {
    const entries = await test.db.selectFrom("audit_log").selectAll().execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "erasure", actor: "test" });
    expect(entries[0]?.details).toMatchObject({ reason: "request", edition_id: "groningen-2020" });
    expect(JSON.stringify(entries[0]?.details)).not.toMatch(/"a1"|Anna/);
  });

  it("undoing the imports afterwards brings nothing back", async () => {
    const { undoImport } = await import("../../import/undo.server");
    const imports = await test.db
      .selectFrom("imports")
      .select("import_id")
      .orderBy("import_id", "desc")
      .execute();
    const latest = imports[0]?.import_id as number;
    expect((await undoImport(test.db, latest)).ok).toBe(true);
    for (const value of ERASED) expect(await whereFound(test.db, value), value).toEqual([]);
  });

  it("refuses the unchanged source file again, naming each row of the erased registration", async () => {
    const sheets = secondSheets();
    const before = await everything(test.db);
    const refused = await importSheets(test.db, sheets);
    const rowsOfA1 = Object.entries(sheets).flatMap(([sheet, rows]) =>
      rows.flatMap((row, i) => (row.includes("a1") ? [`${sheet.trim()}:${i + 1}`] : [])),
    );
    expect(rowsOfA1.length).toBeGreaterThan(3);
    expect(refused.ok).toBe(false);
    expect(refused.errors.map((e) => `${e.sheet?.trim()}:${e.row}`).sort()).toEqual(
      rowsOfA1.sort(),
    );
    for (const error of refused.errors) {
      expect(error).toMatchObject({
        column: "applicant_id",
        value: "a1",
        message:
          "Deze aanmelding is gewist (AVG) en mag niet terugkomen. Haal haar rijen ook uit het bronbestand; er is niets opgeslagen.",
      });
    }
    expect(await everything(test.db)).toEqual(before);
    // Without the erased registration's rows the same file imports.
    const without = Object.fromEntries(
      Object.entries(sheets).map(([sheet, rows]) => [
        sheet,
        rows.filter((row) => !row.includes("a1")),
      ]),
    );
    expect((await importSheets(test.db, without)).ok).toBe(true);
    for (const value of ERASED) expect(await whereFound(test.db, value), value).toEqual([]);
  });
});

describe("impact privacy on the command line", () => {
  const test = useTestDatabase();
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), db: async () => test.db };
    const code = await runCli(argv, commands, io);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  it("exports everything about one applicant as JSON and as a workbook (article 15)", async () => {
    expect((await importSheets(test.db, firstSheets())).errors).toEqual([]);
    expect((await importSheets(test.db, secondSheets())).errors).toEqual([]);
    const dir = await mkdtemp(path.join(tmpdir(), "privacy-"));
    const json = path.join(dir, "anna.json");
    const done = await run("privacy", "export", "groningen-2020", "a1", "--out", json);
    expect(done).toMatchObject({ code: EXIT.done });
    const record = JSON.parse(await readFile(json, "utf8"));
    expect(record.tables.applicants[0]).toMatchObject({
      entrepreneur: "Anna de Vries",
      email: "anna.nieuw@voorbeeld.nl",
      phone: "06-11223344",
    });
    expect(record.tables.assessments).toHaveLength(2);
    expect(record.tables.assessment_scores).toHaveLength(6);
    expect(record.tables.awards).toHaveLength(1);
    expect(record.tables.outcomes).toHaveLength(1);
    expect(record.tables.surveys[0]).toMatchObject({ quote: "Beste jaar van mijn leven" });
    expect(record.tables.stories[0]).toMatchObject({ quote: "Ik zag het licht" });
    expect(record.tables.applicant_scores).toHaveLength(1);
    // What the history keeps: the old e-mail among the before-images.
    expect(JSON.stringify(record.history)).toContain("anna@voorbeeld.nl");
    // Nobody else.
    expect(JSON.stringify(record)).not.toContain("Omapost");

    const xlsx = path.join(dir, "anna.xlsx");
    expect((await run("privacy", "export", "groningen-2020", "a1", "--out", xlsx)).code).toBe(
      EXIT.done,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.getWorksheet("applicants")?.getRow(2).values).toContain("Anna de Vries");
  });

  it("refuses an unknown applicant with a clear message, exit 1, no file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "privacy-"));
    const out = path.join(dir, "x.json");
    const before = await everything(test.db);
    const exported = await run("privacy", "export", "groningen-2020", "zz", "--out", out);
    expect(exported.code).toBe(EXIT.failed);
    expect(exported.err).toContain("De editie groningen-2020 heeft geen aanmelding zz.");
    await expect(readFile(out)).rejects.toThrow();
    const erased = await run("privacy", "erase", "nergens-2020", "a1");
    expect(erased.code).toBe(EXIT.failed);
    expect(erased.err).toContain("De editie nergens-2020 bestaat niet.");
    expect(await everything(test.db)).toEqual(before);
    expect((await run("privacy", "erase", "groningen-2020")).code).toBe(EXIT.usage);
    expect((await run("privacy", "export", "groningen-2020", "a1", "--out", "x.pdf")).code).toBe(
      EXIT.usage,
    );
  });

  it("sweeps by hand as of a given date, and refuses a date that is none", async () => {
    // The command reads the retention period from the environment: pin it.
    vi.stubEnv("IMPACT_RETENTION_YEARS", "7");
    onTestFinished(() => {
      vi.unstubAllEnvs();
    });
    const early = await run("privacy", "sweep", "--as-of", "2027-12-31");
    expect(early).toMatchObject({
      code: EXIT.done,
      out: "Bewaartermijn 7 jaar na het editiejaar, peildatum 2027-12-31: niets te wissen.",
    });
    expect((await run("privacy", "sweep", "--as-of", "morgen")).code).toBe(EXIT.usage);
  });

  it("erases on request", async () => {
    const result = await run("--lang", "en", "privacy", "erase", "groningen-2020", "a1");
    expect(result.code).toBe(EXIT.done);
    expect(result.out).toMatch(/^Applicant a1 of groningen-2020 is erased/);
    for (const value of ERASED) expect(await whereFound(test.db, value), value).toEqual([]);
  });
});

describe("the retention sweep", () => {
  const test = useTestDatabase();

  it("erases an edition's personal data once its years are over, as of a pinned date", async () => {
    expect((await importSheets(test.db, secondSheets())).errors).toEqual([]);
    const before = await figures(test.db);
    // groningen-2020, 7 years: kept through 2027.
    expect(await sweepRetention(test.db, 7, new Date("2027-12-31T00:00:00Z"), BY)).toEqual({
      editions: [],
    });
    expect(await whereFound(test.db, "Anna de Vries")).not.toEqual([]);
    const swept = await sweepRetention(test.db, 7, new Date("2028-01-01T00:00:00Z"), BY);
    expect(swept).toEqual({ editions: [{ edition_id: "groningen-2020", registrations: 3 }] });
    expect(await figures(test.db)).toEqual(before);
    for (const value of ERASED) expect(await whereFound(test.db, value), value).toEqual([]);
    const audit = await test.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "erasure")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({
      reason: "retention",
      retention_years: 7,
      as_of: "2028-01-01",
      registrations: 3,
    });
    // A second sweep finds nothing left to do.
    expect(await sweepRetention(test.db, 7, new Date("2029-01-01T00:00:00Z"), BY)).toEqual({
      editions: [],
    });
  });
});

describe("erasing on the demo data", () => {
  const test = useTestDatabase();

  it("keeps every figure of every edition while registrations with every kind of row go", async () => {
    await loadDemoData(test.db);
    const before = await figures(test.db);
    // Registrations with an award, an outcome, assessments and a survey answer.
    const chosen = await test.db
      .selectFrom("applicants as a")
      .innerJoin("awards as w", (j) =>
        j.onRef("w.edition_id", "=", "a.edition_id").onRef("w.applicant_id", "=", "a.applicant_id"),
      )
      .innerJoin("surveys as s", (j) =>
        j.onRef("s.edition_id", "=", "a.edition_id").onRef("s.applicant_id", "=", "a.applicant_id"),
      )
      .select(["a.edition_id", "a.applicant_id", "a.entrepreneur", "a.email"])
      .where("a.entrepreneur", "is not", null)
      // Demo names repeat across editions: only people with one registration.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("applicants as o")
              .select("o.applicant_id")
              .whereRef("o.entrepreneur", "=", "a.entrepreneur")
              .where(
                sql<boolean>`(o.edition_id, o.applicant_id) <> (a.edition_id, a.applicant_id)`,
              ),
          ),
        ),
      )
      .orderBy("a.edition_id")
      .orderBy("a.applicant_id")
      .limit(5)
      .execute();
    expect(chosen).toHaveLength(5);
    for (const c of chosen) {
      expect((await eraseRegistration(test.db, c.edition_id, c.applicant_id, BY)).ok).toBe(true);
    }
    expect(await figures(test.db)).toEqual(before);
    for (const c of chosen) {
      for (const value of [c.email, c.entrepreneur]) {
        if (value) expect(await whereFound(test.db, value), value).toEqual([]);
      }
    }
  });
});
