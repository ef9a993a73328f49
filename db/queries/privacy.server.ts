// The AVG (GDPR) rights on the rows of one registration: erasure (article 17)
// and access (article 15). The erasure removes what identifies the person and
// keeps the anonymous facts the figures are made of, in every table: the
// contract rows, the derived tables, the import history's before-images and
// the shared results; see docs/decisions/023-erasure.md.
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
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

const numberOf = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }[]) =>
  Number(result.reduce((n, r) => n + (r.numUpdatedRows ?? r.numDeletedRows ?? 0n), 0n));

/**
 * Erases the registrations `applicantIds` of one edition inside the caller's
 * transaction (the lock and the derived tables are the caller's). Returns the
 * new numbers and the counts.
 */
async function eraseInTransaction(
  trx: Db,
  editionId: string,
  applicantIds: readonly string[],
  counts: Record<string, number>,
): Promise<string[]> {
  const add = (key: string, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  // Remembered first, under the old numbers, so no later import brings them back.
  await rememberErased(trx, editionId, applicantIds);
  const renamed: string[] = [];
  for (const applicantId of applicantIds) {
    const erasedAs = newErasedId();
    renamed.push(erasedAs);
    // A follow-up link would let the person go on writing to an erased
    // registration: it goes (a revoked one too; the hash says nothing); the
    // language and the opt-out go too: no more mail to an erased registration.
    for (const table of ["followup_links", "applicant_contact"] as const) {
      add(
        table,
        numberOf([
          await trx
            .deleteFrom(table)
            .where("edition_id", "=", editionId)
            .where("applicant_id", "=", applicantId)
            .executeTakeFirst(),
        ]),
      );
    }
    // A new number first: every row of the registration follows it (the
    // foreign keys cascade), so the research pseudonym, a keyed hash of the
    // number, changes with it and no earlier export links to what remains.
    await trx
      .updateTable("applicants")
      .set({ applicant_id: erasedAs })
      .where("edition_id", "=", editionId)
      .where("applicant_id", "=", applicantId)
      .execute();
    add(
      "applicants",
      numberOf([
        await trx
          .updateTable("applicants")
          .set(nulls(ERASED_COLUMNS.applicants))
          .where("edition_id", "=", editionId)
          .where("applicant_id", "=", erasedAs)
          .executeTakeFirst(),
      ]),
    );
    add(
      "assessments",
      numberOf([
        await trx
          .updateTable("assessments")
          .set({ comment: null })
          .where("edition_id", "=", editionId)
          .where("applicant_id", "=", erasedAs)
          .where("comment", "is not", null)
          .executeTakeFirst(),
      ]),
    );
    add(
      "surveys",
      numberOf([
        await trx
          .updateTable("surveys")
          .set({ quote: null })
          .where("edition_id", "=", editionId)
          .where("applicant_id", "=", erasedAs)
          .where("quote", "is not", null)
          .executeTakeFirst(),
      ]),
    );
    // A story is about the person as a whole (title, summary, quote) and in
    // no figure: it goes.
    add(
      "stories",
      numberOf([
        await trx
          .deleteFrom("stories")
          .where("edition_id", "=", editionId)
          .where("applicant_id", "=", erasedAs)
          .executeTakeFirst(),
      ]),
    );
    // The import history's before-images (for undo) get the same treatment, so
    // an undo can never bring the erased values or the old number back.
    await sql`update import_changes
      set "row" = "row" || jsonb_build_object('applicant_id', ${erasedAs}::text)
      where table_name in (${sql.join(APPLICANT_TABLES.map((t) => sql.lit(t)))})
        and "row"->>'edition_id' = ${editionId} and "row"->>'applicant_id' = ${applicantId}`.execute(
      trx,
    );
    const history = await Promise.all([
      sql`update import_changes
        set "row" = "row" || ${JSON.stringify(nulls(ERASED_COLUMNS.applicants))}::jsonb
        where table_name = 'applicants'
          and "row"->>'edition_id' = ${editionId} and "row"->>'applicant_id' = ${erasedAs}`.execute(
        trx,
      ),
      sql`update import_changes set "row" = "row" || '{"comment": null}'::jsonb
        where table_name = 'assessments'
          and "row"->>'edition_id' = ${editionId} and "row"->>'applicant_id' = ${erasedAs}`.execute(
        trx,
      ),
      sql`update import_changes set "row" = "row" || '{"quote": null}'::jsonb
        where table_name = 'surveys'
          and "row"->>'edition_id' = ${editionId} and "row"->>'applicant_id' = ${erasedAs}`.execute(
        trx,
      ),
      sql`delete from import_changes
        where table_name = 'stories'
          and "row"->>'edition_id' = ${editionId} and "row"->>'applicant_id' = ${erasedAs}`.execute(
        trx,
      ),
    ]);
    add(
      "import_changes",
      history.reduce((n, r) => n + Number(r.numAffectedRows ?? 0n), 0),
    );
  }
  return renamed;
}

/** After an erasure: the derived tables anew, and no filed result that was computed before it. */
async function afterErasure(trx: Db, editionIds: readonly string[]): Promise<void> {
  await refreshDerivedTables(trx, editionIds);
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
    const counts: Record<string, number> = {};
    const [erasedAs] = await eraseInTransaction(trx, editionId, [applicantId], counts);
    await afterErasure(trx, [editionId]);
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
 * Erases every registration that still holds personal values in the editions
 * whose retention ended before `asOf`: an edition of year Y is kept until the
 * end of year Y + `years`. The clock is the caller's.
 */
export async function sweepRetention(
  db: Db,
  years: number,
  asOf: Date,
  by: ErasureActor,
): Promise<SweepResult> {
  const lastKeptYear = asOf.getUTCFullYear() - years - 1;
  return db.transaction().execute(async (trx): Promise<SweepResult> => {
    await lockImports(trx);
    const due = await trx
      .selectFrom("applicants as a")
      .innerJoin("editions as e", "e.edition_id", "a.edition_id")
      .select(["a.edition_id", "a.applicant_id"])
      .where("e.year", "<=", lastKeptYear)
      .where((eb) =>
        eb.or([
          eb("a.applicant_id", "not like", `${ERASED_PREFIX}%`),
          ...ERASED_COLUMNS.applicants.map((c) => eb(sql.ref(`a.${c}`), "is not", null)),
        ]),
      )
      .orderBy("a.edition_id")
      .orderBy("a.applicant_id")
      .execute();
    const byEdition = new Map<string, string[]>();
    for (const row of due) {
      byEdition.set(row.edition_id, [...(byEdition.get(row.edition_id) ?? []), row.applicant_id]);
    }
    const editions: SweepResult["editions"] = [];
    for (const [editionId, ids] of byEdition) {
      const counts: Record<string, number> = {};
      await eraseInTransaction(trx, editionId, ids, counts);
      editions.push({ edition_id: editionId, registrations: ids.length });
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
    }
    if (editions.length > 0) await afterErasure(trx, [...byEdition.keys()]);
    return { editions };
  });
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
