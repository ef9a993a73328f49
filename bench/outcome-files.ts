// Import files for the benchmarks: follow-up rows (outcomes) of the
// applicants already loaded, at follow-up moments the national dataset does
// not have (36 months and later), so every row is new and valid.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { sql } from "kysely";
import type { Db } from "../db/connection.server";
import { refreshDerivedTables } from "../db/queries/derived-tables.server";
import { createRandom } from "../seeds/random";

/** Months after the awards that seeds/scale.ts never follows up. */
const EXTRA_MONTHS = [36, 48, 60, 72, 84, 96, 108, 120] as const;

/** The file's columns: contract keys, which are also the table's column names. */
export const OUTCOME_COLUMNS = [
  "edition_id",
  "applicant_id",
  "months",
  "active",
  "revenue_eur",
  "jobs_fte",
  "jobs_distance_fte",
  "volunteers",
  "beneficiaries",
  "follow_on_funding_eur",
  "partnerships",
] as const;

type OutcomeCell = string | number | boolean | null;

/** `count` rows, as many passes over the applicants as it takes. */
async function* outcomeRows(db: Db, count: number): AsyncGenerator<OutcomeCell[]> {
  const applicants = await db
    .selectFrom("applicants")
    .select(["edition_id", "applicant_id"])
    .orderBy("edition_id")
    .orderBy("applicant_id")
    .execute();
  if (applicants.length * EXTRA_MONTHS.length < count) {
    throw new Error(`${count} outcome rows need more than ${applicants.length} applicants`);
  }
  const rng = createRandom(count);
  for (let i = 0; i < count; i++) {
    const applicant = applicants[i % applicants.length] as (typeof applicants)[number];
    const months = EXTRA_MONTHS[Math.floor(i / applicants.length)] as number;
    const active = rng.chance(0.7);
    const jobs = active ? rng.int(0, 40) / 10 : 0;
    yield [
      applicant.edition_id,
      applicant.applicant_id,
      months,
      active,
      active ? rng.int(0, 80_000) : null,
      jobs,
      Math.floor(jobs * rng.float(0, 0.75) * 10) / 10,
      rng.chance(0.9) ? rng.int(0, 20) : null,
      active ? rng.int(0, 400) : null,
      rng.chance(0.5) ? rng.int(0, 500) * 100 : null,
      active ? rng.int(0, 6) : null,
    ];
  }
}

function csvCell(value: OutcomeCell): string {
  // Nothing generated needs quoting; empty is "not given", and NULL for COPY.
  return value === null ? "" : String(value);
}

/** A comma-separated file that the import and PostgreSQL's COPY both read. */
export async function writeOutcomesCsv(db: Db, file: string, count: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  await write(OUTCOME_COLUMNS.join(","));
  for await (const row of outcomeRows(db, count)) await write(row.map(csvCell).join(","));
  out.end();
  await once(out, "finish");
}

/** A workbook with one sheet `outcomes`, written by exceljs' streaming writer. */
export async function writeOutcomesXlsx(db: Db, file: string, count: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = workbook.addWorksheet("outcomes");
  sheet.addRow([...OUTCOME_COLUMNS]).commit();
  for await (const row of outcomeRows(db, count)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

/** Removes what an outcomes benchmark loaded, so the next one starts from the same data. */
export async function removeExtraOutcomes(db: Db): Promise<void> {
  await db.deleteFrom("outcomes").where("months", ">=", EXTRA_MONTHS[0]).execute();
  await refreshDerivedTables(db, "all", { scores: false });
  await sql`vacuum analyze outcomes`.execute(db);
}
