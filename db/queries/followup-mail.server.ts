// The follow-up by e-mail (migration 0018): an applicant's language and
// opt-out, who may be written to at a moment, and which e-mail went out.
import { sql } from "kysely";
import type { Language } from "../../core/language";
import type { Db } from "../connection.server";
import { invitedQuery, tokenHash } from "./followup-links.server";

export type FollowupMailKind = "invitation" | "reminder";

/** The registration page's language, kept to write to the applicant in it later. */
export async function rememberLanguage(
  db: Db,
  editionId: string,
  applicantId: string,
  language: Language,
): Promise<void> {
  await db
    .insertInto("applicant_contact")
    .values({ edition_id: editionId, applicant_id: applicantId, language })
    .onConflict((oc) => oc.columns(["edition_id", "applicant_id"]).doUpdateSet({ language }))
    .execute();
}

/**
 * Stops the follow-up e-mail of the applicant whose link this token is (a
 * live or an ended one: it only stops mail). False when there is no such link.
 */
export async function optOut(db: Db, token: string): Promise<boolean> {
  const link = await db
    .selectFrom("followup_links")
    .select(["edition_id", "applicant_id"])
    .where("token_hash", "=", tokenHash(token))
    .executeTakeFirst();
  if (!link) return false;
  const now = sql<Date>`now()` as unknown as Date;
  await db
    .insertInto("applicant_contact")
    .values({ ...link, opted_out_at: now })
    .onConflict((oc) =>
      oc
        .columns(["edition_id", "applicant_id"])
        .doUpdateSet({ opted_out_at: sql<Date>`coalesce(applicant_contact.opted_out_at, now())` }),
    )
    .execute();
  return true;
}

export interface MailCandidate {
  applicant_id: string;
  email: string | null;
  /** Dutch where the applicant's language is not known (a file's row). */
  language: Language;
  opted_out: boolean;
  /** An outcomes row for the moment. */
  answered: boolean;
  /** An invitation for the moment went out before. */
  invited: boolean;
  /** A link for the moment that still opens the form. */
  live_link: boolean;
}

/** Whether the invitee (`a`) has a row of `table` for the moment that meets `also`. */
function momentRow(
  table: "outcomes" | "followup_mail" | "followup_links",
  months: number,
  also = sql``,
) {
  return sql<boolean>`exists (select from ${sql.table(table)} x
    where x.edition_id = a.edition_id and x.applicant_id = a.applicant_id
      and x.months = ${months} ${also})`;
}

/** Every invitee of the moment with what decides whether to write to them, in one query. */
export async function mailCandidates(
  db: Db,
  editionId: string,
  months: number,
): Promise<MailCandidate[]> {
  return invitedQuery(db, editionId)
    .leftJoin("applicant_contact as c", (join) =>
      join
        .onRef("c.edition_id", "=", "a.edition_id")
        .onRef("c.applicant_id", "=", "a.applicant_id"),
    )
    .select([
      "a.applicant_id",
      "a.email",
      sql<Language>`coalesce(c.language, 'nl')`.as("language"),
      sql<boolean>`c.opted_out_at is not null`.as("opted_out"),
      momentRow("outcomes", months).as("answered"),
      momentRow("followup_mail", months, sql`and x.kind = 'invitation'`).as("invited"),
      momentRow(
        "followup_links",
        months,
        sql`and x.revoked_at is null and x.expires_at > now()`,
      ).as("live_link"),
    ])
    .execute();
}

/** Records an e-mail the server took. */
export async function recordFollowupMail(
  db: Db,
  editionId: string,
  applicantId: string,
  months: number,
  kind: FollowupMailKind,
): Promise<void> {
  await db
    .insertInto("followup_mail")
    .values({ edition_id: editionId, applicant_id: applicantId, months, kind })
    .execute();
}
