// The AVG (GDPR) rights on the rows of one registration: erasure (article 17)
// and access (article 15). The erasure removes what identifies the person and
// keeps the anonymous facts the figures are made of, in every table: the
// contract rows, the derived tables, the import history's before-images and
// the shared results; see docs/decisions/023-erasure.md.
import { randomBytes } from "node:crypto";
import { type RawBuilder, sql } from "kysely";
import { DATASETS } from "../../core/contract/datasets";
import type { Db } from "../connection.server";
import { lockImports } from "../lock.server";
import { refreshDerivedTables } from "./derived-tables.server";
import { rememberErased } from "./erased-registrations.server";
import { audit } from "./security.server";

/** The registration number an erased registration gets: random, so nothing links it to the old one. */
export const ERASED_PREFIX = "gewist-";

/** Tables whose rows belong to one registration (edition_id, applicant_id). */
export const APPLICANT_TABLES = [
  "applicants",
  "assessments",
  "assessment_scores",
  "awards",
  "outcomes",
  "surveys",
  "stories",
] as const;

/** The columns the contract marks `personal` (core/contract/datasets.ts), per dataset. */
export function contractPersonalColumns(): Record<string, string[]> {
  return Object.fromEntries(
    DATASETS.map(
      (d) => [d.key, d.columns.filter((c) => c.personal).map((c) => c.key)] as const,
    ).filter(([, columns]) => columns.length > 0),
  );
}

/**
 * What an erasure empties, per table: the columns that name, reach or quote
 * the person. The contract's personal marks (entrepreneur, e-mail, phone:
 * all on `applicants`) and, beside them, the idea in the person's own words
 * and the assessors' comment, which describe the person, and a survey quote.
 * A registration's story goes as a whole.
 */
export const ERASED_COLUMNS = {
  applicants: [...(contractPersonalColumns().applicants ?? []), "idea"],
  assessments: ["comment"],
  surveys: ["quote"],
} as const;

function nulls(columns: readonly string[]): Record<string, null> {
  return Object.fromEntries(columns.map((c) => [c, null]));
}

export type ErasureReason = "request" | "retention";

export interface ErasureActor {
  userId: number | null;
  actor: string;
}

export type ErasureRefusal = { reason: "unknown_edition" } | { reason: "unknown_applicant" };

export interface Erased {
  ok: true;
  /** The registration's new number. */
  erasedAs: string;
  /** Rows whose personal values were emptied or removed, per table (history included). */
  counts: Record<string, number>;
}

export type ErasureResult = Erased | ({ ok: false } & ErasureRefusal);

function newErasedId(): string {
  return `${ERASED_PREFIX}${randomBytes(8).toString("hex")}`;
}

/** Whether the edition and the registration exist; null when both do. */
export async function findRegistration(
  db: Db,
  editionId: string,
  applicantId: string,
): Promise<ErasureRefusal | null> {
  const edition = await db
    .selectFrom("editions")
    .select("edition_id")
    .where("edition_id", "=", editionId)
    .executeTakeFirst();
  if (!edition) return { reason: "unknown_edition" };
  const applicant = await db
    .selectFrom("applicants")
    .select("applicant_id")
    .where("edition_id", "=", editionId)
    .where("applicant_id", "=", applicantId)
    .executeTakeFirst();
  return applicant ? null : { reason: "unknown_applicant" };
}

const affected = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0n);

/** The registrations of one erasure and their new numbers, pair by pair. */
interface Renumbering {
  old: RawBuilder<string[]>;
  erased: RawBuilder<string[]>;
  /** `old` and `erased` side by side, as a table `m(old_id, erased_as)`. */
  pairs: RawBuilder<unknown>;
}

function renumbering(applicantIds: readonly string[], erasedAs: readonly string[]): Renumbering {
  const old = sql<string[]>`${[...applicantIds]}::text[]`;
  const erased = sql<string[]>`${[...erasedAs]}::text[]`;
  return { old, erased, pairs: sql`unnest(${old}, ${erased}) as m(old_id, erased_as)` };
}

/**
 * Erases the registrations `applicantIds` of one edition inside the caller's
 * transaction, a few statements for all of them (a retention sweep erases
 * thousands at a time): each table is written once for the whole set, the
 * same rows and values as erasing them one by one. Returns the new numbers,
 * in the order of `applicantIds`, and the rows touched per table.
 */
async function eraseInTransaction(
  trx: Db,
  editionId: string,
  applicantIds: readonly string[],
): Promise<{ erasedAs: string[]; counts: Record<string, number> }> {
  const erasedAs = applicantIds.map(newErasedId);
  const { old, erased, pairs } = renumbering(applicantIds, erasedAs);
  // Remembered first, under the old numbers, so no later import brings them back.
  await rememberErased(trx, editionId, applicantIds);
  // A follow-up link would let the person go on writing to an erased
  // registration: it goes (a revoked one too; the hash says nothing); the
  // language and the opt-out go too: no more mail to an erased registration.
  const [links, contacts] = [
    await trx
      .deleteFrom("followup_links")
      .where("edition_id", "=", editionId)
      .where(sql<boolean>`applicant_id = any(${old})`)
      .executeTakeFirst(),
    await trx
      .deleteFrom("applicant_contact")
      .where("edition_id", "=", editionId)
      .where(sql<boolean>`applicant_id = any(${old})`)
      .executeTakeFirst(),
  ];
  // A new number first: every row of the registration follows it (the
  // foreign keys cascade), so the research pseudonym, a keyed hash of the
  // number, changes with it and no earlier export links to what remains.
  await sql`update applicants a set applicant_id = m.erased_as from ${pairs}
    where a.edition_id = ${editionId} and a.applicant_id = m.old_id`.execute(trx);
  const ofErased = sql<boolean>`edition_id = ${editionId} and applicant_id = any(${erased})`;
  // A comment or quote counts where there was one to empty.
  const blank = (table: "assessments" | "surveys", column: string) =>
    sql`update ${sql.table(table)} set ${sql.ref(column)} = null
      where ${ofErased} and ${sql.ref(column)} is not null`.execute(trx);
  const [applicants, assessments, surveys, stories] = [
    await trx
      .updateTable("applicants")
      .set(nulls(ERASED_COLUMNS.applicants))
      .where(ofErased)
      .executeTakeFirst(),
    await blank("assessments", "comment"),
    await blank("surveys", "quote"),
    // A story is about the person as a whole (title, summary, quote) and in
    // no figure: it goes.
    await trx.deleteFrom("stories").where(ofErased).executeTakeFirst(),
  ];
  // The import history's before-images (for undo) get the same treatment, so
  // an undo can never bring the erased values or the old number back.
  await sql`update import_changes c
    set "row" = c."row" || jsonb_build_object('applicant_id', m.erased_as)
    from ${pairs}
    where c.table_name in (${sql.join(APPLICANT_TABLES.map((t) => sql.lit(t)))})
      and c."row"->>'edition_id' = ${editionId} and c."row"->>'applicant_id' = m.old_id`.execute(
    trx,
  );
  const historyOf = (table: string) =>
    sql`table_name = ${table} and "row"->>'edition_id' = ${editionId}
      and "row"->>'applicant_id' = any(${erased})`;
  const history = [
    await sql`update import_changes
      set "row" = "row" || ${JSON.stringify(nulls(ERASED_COLUMNS.applicants))}::jsonb
      where ${historyOf("applicants")}`.execute(trx),
    await sql`update import_changes set "row" = "row" || '{"comment": null}'::jsonb
      where ${historyOf("assessments")}`.execute(trx),
    await sql`update import_changes set "row" = "row" || '{"quote": null}'::jsonb
      where ${historyOf("surveys")}`.execute(trx),
    await sql`delete from import_changes where ${historyOf("stories")}`.execute(trx),
  ];
  await afterErasure(trx, editionId);
  return {
    erasedAs,
    counts: {
      followup_links: Number(links.numDeletedRows),
      applicant_contact: Number(contacts.numDeletedRows),
      applicants: Number(applicants.numUpdatedRows),
      assessments: affected(assessments),
      surveys: affected(surveys),
      stories: Number(stories.numDeletedRows),
      import_changes: history.reduce((n, r) => n + affected(r), 0),
    },
  };
}

/** After an erasure: the derived tables anew, and no filed result that was computed before it. */
async function afterErasure(trx: Db, editionId: string): Promise<void> {
  await refreshDerivedTables(trx, [editionId]);
  // Filed results (rendered pages, exports' parts) may quote the person, and
  // an upload waiting for confirmation may hold the old values: both go (an
  // upload is an hour old at most, and can be sent again).
  await trx.deleteFrom("shared_results").execute();
  await trx.deleteFrom("pending_uploads").execute();
}

/** Erases one registration (AVG article 17), recorded in the audit log without the erased values. */
export async function eraseRegistration(
  db: Db,
  editionId: string,
  applicantId: string,
  by: ErasureActor,
): Promise<ErasureResult> {
  return db.transaction().execute(async (trx): Promise<ErasureResult> => {
    await lockImports(trx);
    const refusal = await findRegistration(trx, editionId, applicantId);
    if (refusal) return { ok: false, ...refusal };
    const {
      erasedAs: [erasedAs],
      counts,
    } = await eraseInTransaction(trx, editionId, [applicantId]);
    await audit(trx, {
      userId: by.userId,
      actor: by.actor,
      action: "erasure",
      // Neither the erased values nor the old number: only where, and how much.
      details: { reason: "request", edition_id: editionId, erased_as: erasedAs, counts },
    });
    return { ok: true, erasedAs: erasedAs as string, counts };
  });
}

export interface SweepResult {
  /** Editions whose personal data was erased now, with the number of registrations. */
  editions: { edition_id: string; registrations: number }[];
}

/**
 * The registrations that still hold personal values in the editions whose
 * retention ended after `lastKeptYear` (all such editions, or one).
 */
function dueForSweep(db: Db, lastKeptYear: number) {
  return db
    .selectFrom("applicants as a")
    .innerJoin("editions as e", "e.edition_id", "a.edition_id")
    .where("e.year", "<=", lastKeptYear)
    .where((eb) =>
      eb.or([
        eb("a.applicant_id", "not like", `${ERASED_PREFIX}%`),
        ...ERASED_COLUMNS.applicants.map((c) => eb(sql.ref(`a.${c}`), "is not", null)),
      ]),
    );
}

/**
 * Erases every registration that still holds personal values in the editions
 * whose retention ended before `asOf`: an edition of year Y is kept until the
 * end of year Y + `years`. The clock is the caller's. One transaction per
 * edition, so that a sweep of thousands of editions holds the import lock
 * and the database (PGlite's one connection) for one edition at a time, and
 * a sweep cut short keeps the editions it finished.
 */
export async function sweepRetention(
  db: Db,
  years: number,
  asOf: Date,
  by: ErasureActor,
): Promise<SweepResult> {
  const lastKeptYear = asOf.getUTCFullYear() - years - 1;
  const due = await dueForSweep(db, lastKeptYear)
    .select("a.edition_id")
    .distinct()
    .orderBy("a.edition_id")
    .execute();
  const editions: SweepResult["editions"] = [];
  for (const { edition_id: editionId } of due) {
    const registrations = await db.transaction().execute(async (trx) => {
      await lockImports(trx);
      // Again under the lock: an import since the first look may have added some.
      const ids = (
        await dueForSweep(trx, lastKeptYear)
          .select("a.applicant_id")
          .where("a.edition_id", "=", editionId)
          .orderBy("a.applicant_id")
          .execute()
      ).map((row) => row.applicant_id);
      if (ids.length === 0) return 0;
      const { counts } = await eraseInTransaction(trx, editionId, ids);
      await audit(trx, {
        userId: by.userId,
        actor: by.actor,
        action: "erasure",
        details: {
          reason: "retention",
          edition_id: editionId,
          registrations: ids.length,
          retention_years: years,
          as_of: asOf.toISOString().slice(0, 10),
          counts,
        },
      });
      return ids.length;
    });
    if (registrations > 0) editions.push({ edition_id: editionId, registrations });
  }
  return { editions };
}

/** Everything stored about one registration (AVG article 15), table by table. */
export interface RegistrationRecord {
  edition_id: string;
  applicant_id: string;
  tables: Record<string, Record<string, unknown>[]>;
  /** The import history's before-images of the registration's rows. */
  history: { import_id: number; table_name: string; change: string; row: unknown }[];
}

export async function registrationRecord(
  db: Db,
  editionId: string,
  applicantId: string,
): Promise<RegistrationRecord | ErasureRefusal> {
  const refusal = await findRegistration(db, editionId, applicantId);
  if (refusal) return refusal;
  const tables: RegistrationRecord["tables"] = {};
  for (const table of [...APPLICANT_TABLES, "applicant_scores"] as const) {
    const rows = await db
      .selectFrom(table)
      .selectAll()
      .where("edition_id", "=", editionId)
      .where("applicant_id", "=", applicantId)
      .execute();
    tables[table] = rows as Record<string, unknown>[];
  }
  const history = await db
    .selectFrom("import_changes")
    .select(["import_id", "table_name", "change", "row"])
    .where("table_name", "in", [...APPLICANT_TABLES])
    .where(sql<boolean>`"row"->>'edition_id' = ${editionId}`)
    .where(sql<boolean>`"row"->>'applicant_id' = ${applicantId}`)
    .orderBy("import_id")
    .execute();
  return { edition_id: editionId, applicant_id: applicantId, tables, history };
}
