// The retention sweep erases a whole edition's registrations in a few
// statements (docs/decisions/023-erasure.md): it must leave the database
// exactly as erasing each registration on its own does. Two copies of the
// demo data with an import history; one swept, one erased one by one; every
// row of every table the erasure reaches compared, on both databases.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/connection.server";
import {
  APPLICANT_TABLES,
  ERASED_PREFIX,
  eraseRegistration,
  sweepRetention,
} from "../../db/queries/privacy.server";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

const BY = { userId: null, actor: "test" };
/** As of 2027 with 7 years: the demo's editions of 2019 and before are due. */
const YEARS = 7;
const AS_OF = new Date("2027-01-01T00:00:00Z");
const LAST_KEPT_YEAR = 2019;

/** What the erasure writes, the derived tables and what it empties or removes. */
const COMPARED = [
  ...APPLICANT_TABLES,
  "applicant_scores",
  "edition_metric_parts",
  "followup_links",
  "import_changes",
  "erased_registrations",
  "shared_results",
  "pending_uploads",
] as const;

type Row = Record<string, unknown>;

/** The demo data, and a before-image in the history of every row of the due editions. */
async function prepare(db: Db, secret: string): Promise<void> {
  await loadDemoData(db);
  // The same key in both copies, so that the fingerprints can be compared.
  await db.insertInto("installation").values({ pseudonym_secret: secret }).execute();
  const { import_id } = await db
    .selectFrom("imports")
    .select("import_id")
    .executeTakeFirstOrThrow();
  for (const table of APPLICANT_TABLES) {
    await sql`insert into import_changes (import_id, table_name, change, row)
      select ${import_id}, ${table}, 'updated', to_jsonb(t) from ${sql.table(table)} t
      join editions e on e.edition_id = t.edition_id where e.year <= ${LAST_KEPT_YEAR}`.execute(db);
  }
}

/**
 * Every compared row, with the random numbers of erased registrations
 * replaced by their place among the edition's erased registrations (ordered
 * by everything else the registration's row holds) and instants left out.
 */
async function state(db: Db): Promise<Record<string, string[]>> {
  const { rows: applicants } = await sql<Row>`select * from applicants`.execute(db);
  const erased = applicants
    .filter((a) => String(a.applicant_id).startsWith(ERASED_PREFIX))
    .map((a) => ({
      a,
      key: `${a.edition_id}\u0000${JSON.stringify({ ...a, applicant_id: null })}`,
    }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const canonical = new Map(
    erased.map(({ a }, i) => [String(a.applicant_id), `${ERASED_PREFIX}${i}`]),
  );
  const rename = (row: Row): Row => {
    const id = row.applicant_id;
    const out: Row = {};
    for (const [key, value] of Object.entries(row)) {
      if (value instanceof Date) continue;
      out[key] = key === "applicant_id" ? (canonical.get(String(id)) ?? id) : value;
    }
    if (out.row && typeof out.row === "object") out.row = rename(out.row as Row);
    return out;
  };
  const result: Record<string, string[]> = {};
  for (const table of COMPARED) {
    const { rows } = await sql<Row>`select * from ${sql.table(table)}`.execute(db);
    result[table] = rows.map((row) => JSON.stringify(rename(pooledInOrder(row)))).sort();
  }
  return result;
}

/**
 * A metric part's pooled values (an edition's scores, for medians) come in
 * the order of the registrations' numbers, which are random after an
 * erasure: compared as sets, in numeric order.
 */
function pooledInOrder(row: Row): Row {
  const parts = row.parts as { pooled?: Record<string, number[]> } | undefined;
  if (!parts?.pooled) return row;
  const pooled = Object.fromEntries(
    Object.entries(parts.pooled).map(([key, values]) => [key, [...values].sort((a, b) => a - b)]),
  );
  return { ...row, parts: { ...parts, pooled } };
}

async function erasures(db: Db) {
  return db.selectFrom("audit_log").select("details").where("action", "=", "erasure").execute();
}

describe("the retention sweep, set by set", () => {
  let swept: TestDatabase;
  let oneByOne: TestDatabase;
  beforeAll(async () => {
    [swept, oneByOne] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([swept?.dispose(), oneByOne?.dispose()]);
  });

  it("leaves every row as erasing each registration on its own does", async () => {
    await prepare(swept.db, "0123456789abcdef".repeat(4));
    await prepare(oneByOne.db, "0123456789abcdef".repeat(4));

    const due = await oneByOne.db
      .selectFrom("applicants as a")
      .innerJoin("editions as e", "e.edition_id", "a.edition_id")
      .select(["a.edition_id", "a.applicant_id"])
      .where("e.year", "<=", LAST_KEPT_YEAR)
      .orderBy("a.edition_id")
      .orderBy("a.applicant_id")
      .execute();
    const editions = [...new Set(due.map((d) => d.edition_id))];
    expect(editions.length).toBeGreaterThan(2);
    expect(due.length).toBeGreaterThan(100);

    const result = await sweepRetention(swept.db, YEARS, AS_OF, BY);
    expect(result.editions.map((e) => e.edition_id)).toEqual(editions);
    expect(result.editions.reduce((n, e) => n + e.registrations, 0)).toBe(due.length);
    for (const { edition_id, applicant_id } of due) {
      expect((await eraseRegistration(oneByOne.db, edition_id, applicant_id, BY)).ok).toBe(true);
    }

    const expected = await state(oneByOne.db);
    // The erasure reached rows of every kind: the comparison is not of empty tables.
    for (const table of ["applicants", "assessments", "surveys", "import_changes"] as const) {
      expect(
        expected[table]?.some((row) => row.includes(ERASED_PREFIX)),
        table,
      ).toBe(true);
    }
    expect(expected.erased_registrations).toHaveLength(due.length);
    const actual = await state(swept.db);
    for (const table of COMPARED) expect(actual[table], table).toEqual(expected[table]);

    // One audit entry per edition, counting what the single erasures counted together.
    const total = (entries: { details: unknown }[]) => {
      const sums: Record<string, Record<string, number>> = {};
      for (const { details } of entries) {
        const { edition_id, counts } = details as {
          edition_id: string;
          counts: Record<string, number>;
        };
        const sum = sums[edition_id] ?? {};
        sums[edition_id] = sum;
        for (const [table, n] of Object.entries(counts)) sum[table] = (sum[table] ?? 0) + n;
      }
      return sums;
    };
    const entries = await erasures(swept.db);
    expect(entries).toHaveLength(editions.length);
    expect(total(entries)).toEqual(total(await erasures(oneByOne.db)));
  }, 300_000);
});
