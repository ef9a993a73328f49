// The public registration's own tables (migration 0014): the window an
// administrator may force open or closed, the form's numbering, and its rate
// limit per client address. The rows themselves go through the import
// pipeline (import/forms).
import { createHmac } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../connection.server";
import { installationSecret } from "./installation.server";

export interface RegistrationEdition {
  edition_id: string;
  name: string;
  themes: string[];
  launched_on: string | null;
  closed_on: string | null;
  forced: "open" | "closed" | null;
}

export async function registrationEdition(
  db: Db,
  editionId: string,
): Promise<RegistrationEdition | null> {
  const row = await db
    .selectFrom("editions as e")
    .leftJoin("registration_settings as r", "r.edition_id", "e.edition_id")
    .select([
      "e.edition_id",
      "e.name",
      "e.themes",
      sql<string | null>`to_char(e.launched_on, 'YYYY-MM-DD')`.as("launched_on"),
      sql<string | null>`to_char(e.closed_on, 'YYYY-MM-DD')`.as("closed_on"),
      "r.forced",
    ])
    .where("e.edition_id", "=", editionId)
    .executeTakeFirst();
  return row ? { ...row, forced: row.forced ?? null } : null;
}

export async function setRegistrationForced(
  db: Db,
  editionId: string,
  forced: "open" | "closed" | null,
): Promise<void> {
  await db
    .insertInto("registration_settings")
    .values({ edition_id: editionId, forced })
    .onConflict((oc) => oc.column("edition_id").doUpdateSet({ forced }))
    .execute();
}

/**
 * The next number for a registration of the edition: one more than both the
 * last the form handed out and the highest `<edition_id>-<n>` stored (rows
 * imported from a file count too). One statement that locks the edition's
 * counter row, so concurrent submissions, on any app server, never share a
 * number.
 */
export async function nextRegistrationNumber(db: Db, editionId: string): Promise<number> {
  const prefix = `${editionId}-`;
  const { rows } = await sql<{ last_number: number }>`
    insert into registration_settings (edition_id, last_number)
    values (${editionId}, (select coalesce(max(substr(applicant_id, ${prefix.length + 1})::int), 0) + 1
      from applicants where edition_id = ${editionId}
        and left(applicant_id, ${prefix.length}) = ${prefix}
        and substr(applicant_id, ${prefix.length + 1}) ~ '^[0-9]{1,9}$'))
    on conflict (edition_id) do update
      set last_number = greatest(registration_settings.last_number + 1, excluded.last_number)
    returning last_number`.execute(db);
  return Number(rows[0]?.last_number);
}

/** The window of every form's rate limit: one table, whose old attempts any form deletes. */
export const FORM_ATTEMPT_MINUTES = 10;

/** What a form counts attempts of, as a keyed hash: the table never holds an IP address (personal data). */
async function subjectHash(db: Db, subject: string): Promise<string> {
  const secret = await installationSecret(db);
  return createHmac("sha256", secret).update(subject).digest("hex");
}

/**
 * Counts this attempt against `subject` (`registration:<address>`,
 * `followup:<link>`) and says whether it is one too many: more than `max`
 * within `minutes`. Older attempts of every subject are deleted, so the forms
 * sharing this table share one window (`FORM_ATTEMPT_MINUTES`).
 */
export async function attemptThrottled(
  db: Db,
  subject: string,
  limit: { max: number; minutes: number },
): Promise<boolean> {
  const hash = await subjectHash(db, subject);
  const since = sql<Date>`now() - make_interval(mins => ${limit.minutes})`;
  // One statement, so one commit: the form's own write follows. Its parts
  // share a snapshot: the count sees neither this attempt (hence + 1) nor
  // the deletion (hence its own window).
  const { rows } = await sql<{ n: number }>`
    with expired as (delete from registration_attempts where attempted_at < ${since}),
      attempt as (insert into registration_attempts (address_hash) values (${hash}))
    select count(*)::int + 1 as n from registration_attempts
    where address_hash = ${hash} and attempted_at >= ${since}`.execute(db);
  return (rows[0]?.n ?? 1) > limit.max;
}

/** The registration's rate limit per client address. */
export function registrationThrottled(
  db: Db,
  address: string,
  limit: { max: number; minutes: number },
): Promise<boolean> {
  return attemptThrottled(db, `registration:${address}`, limit);
}

export interface RegistrationRow {
  applicant_id: string;
  registered_on: string | null;
  initiative: string;
  entrepreneur: string | null;
  email: string | null;
  intake: boolean;
  plan_submitted: boolean;
}

/** The edition's registrations, newest first (by date, then by number). */
export async function editionRegistrations(db: Db, editionId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom("applicants")
    .select([
      "applicant_id",
      sql<string | null>`to_char(registered_on, 'YYYY-MM-DD')`.as("registered_on"),
      "initiative",
      "entrepreneur",
      "email",
      "intake",
      "plan_submitted",
    ])
    .where("edition_id", "=", editionId)
    .orderBy(sql`registered_on desc nulls last`)
    .orderBy(sql`length(applicant_id) desc`)
    .orderBy("applicant_id", "desc")
    .execute();
}

/** The stored initiative of a registration; null when there is no such registration. */
export async function storedInitiative(
  db: Db,
  editionId: string,
  applicantId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("applicants")
    .select("initiative")
    .where("edition_id", "=", editionId)
    .where("applicant_id", "=", applicantId)
    .executeTakeFirst();
  return row?.initiative ?? null;
}
