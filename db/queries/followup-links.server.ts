// Personal follow-up links (migration 0016): who is invited for a moment,
// issuing and revoking their links, and finding a link by its token. Only a
// token's SHA-256 is stored, so a token can be shown once, when it is made.
import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { DEFAULT_FOLLOWUP_MOMENTS } from "../../core/followup";
import type { Db } from "../connection.server";

/** How long a link lives after the moment it asks about (or after it was made, if later). */
export const LINK_DAYS = 120;

/** 256 random bits in URL-safe base64 (43 characters). */
function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token. Unkeyed: 256 random bits cannot be guessed by hashing. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The edition's follow-up moments: its own, or the default; null when there is no such edition. */
export async function followupMoments(
  db: Db,
  editionId: string,
): Promise<readonly number[] | null> {
  const row = await db
    .selectFrom("editions as e")
    .leftJoin("followup_settings as f", "f.edition_id", "e.edition_id")
    .select("f.moments")
    .where("e.edition_id", "=", editionId)
    .executeTakeFirst();
  if (!row) return null;
  return row.moments ?? DEFAULT_FOLLOWUP_MOMENTS;
}

/** Gives the edition its own moments (ascending, each 1..120); false when there is no such edition. */
export async function setFollowupMoments(
  db: Db,
  editionId: string,
  moments: readonly number[],
): Promise<boolean> {
  const edition = await db
    .selectFrom("editions")
    .select("edition_id")
    .where("edition_id", "=", editionId)
    .executeTakeFirst();
  if (!edition) return false;
  const value = [...moments];
  await db
    .insertInto("followup_settings")
    .values({ edition_id: editionId, moments: value })
    .onConflict((oc) => oc.column("edition_id").doUpdateSet({ moments: value }))
    .execute();
  return true;
}

export interface InvitedApplicant {
  applicant_id: string;
  initiative: string;
  email: string | null;
}

/** Who is followed, as a query to select from: every awarded applicant, and every applicant without an award who handed in a plan (the comparison group). */
export function invitedQuery(db: Db, editionId: string) {
  return db
    .selectFrom("applicants as a")
    .where("a.edition_id", "=", editionId)
    .where((eb) =>
      eb.or([
        eb("a.plan_submitted", "=", true),
        eb.exists(
          eb
            .selectFrom("awards as w")
            .select("w.applicant_id")
            .whereRef("w.edition_id", "=", "a.edition_id")
            .whereRef("w.applicant_id", "=", "a.applicant_id"),
        ),
      ]),
    )
    .orderBy(sql`length(a.applicant_id)`)
    .orderBy("a.applicant_id");
}

/** Who is followed, by number. */
export async function invitedApplicants(db: Db, editionId: string): Promise<InvitedApplicant[]> {
  return invitedQuery(db, editionId)
    .select(["a.applicant_id", "a.initiative", "a.email"])
    .execute();
}

/**
 * The day the follow-up counts from: the edition's first award date, else
 * its finale; null when the edition has neither (or does not exist).
 */
export async function awardsDay(db: Db, editionId: string): Promise<string | null> {
  const row = await db
    .selectFrom("editions as e")
    .select(
      sql<string | null>`to_char(coalesce(
        (select min(w.awarded_on) from awards w where w.edition_id = e.edition_id),
        e.finale_on), 'YYYY-MM-DD')`.as("day"),
    )
    .where("e.edition_id", "=", editionId)
    .executeTakeFirst();
  return row?.day ?? null;
}

export interface IssuedLink extends InvitedApplicant {
  /** Shown now or never: only its hash is kept. */
  token: string;
}

/** Whom `issueFollowupLinks` gives a link: all invitees, or some, and whether their older links end. */
export interface IssueFor {
  applicantIds: readonly string[];
  /** Keep their older links of the moment live (a reminder: the invitation's link still works). */
  keepOlder: boolean;
}

/**
 * A fresh link for every invited applicant at the moment (or the ones of
 * `only`); their older links for it are revoked, in the same transaction,
 * unless `only.keepOlder`. A link expires LINK_DAYS after the moment (awards
 * day plus `months`), or after today when that is later, so a link sent late
 * still lives that long.
 */
export async function issueFollowupLinks(
  db: Db,
  editionId: string,
  months: number,
  day: string,
  only?: IssueFor,
): Promise<IssuedLink[]> {
  return db.transaction().execute(async (trx) => {
    const everyone = await invitedApplicants(trx, editionId);
    const chosen = only ? new Set(only.applicantIds) : null;
    const invited = chosen ? everyone.filter((a) => chosen.has(a.applicant_id)) : everyone;
    if (!only?.keepOlder) await revokeFollowupLinks(trx, editionId, months, only?.applicantIds);
    const issued = invited.map((applicant) => ({ ...applicant, token: newToken() }));
    const expiresAt = sql<Date>`greatest(
      ${day}::date + make_interval(months => ${months}),
      now()) + make_interval(days => ${LINK_DAYS})`;
    for (let start = 0; start < issued.length; start += 1000) {
      await trx
        .insertInto("followup_links")
        .values(
          issued.slice(start, start + 1000).map((link) => ({
            token_hash: tokenHash(link.token),
            edition_id: editionId,
            applicant_id: link.applicant_id,
            months,
            expires_at: expiresAt,
          })),
        )
        .execute();
    }
    return issued;
  });
}

/** Revokes the live links of the moment (of some applicants, if given); how many. */
export async function revokeFollowupLinks(
  db: Db,
  editionId: string,
  months: number,
  applicantIds?: readonly string[],
): Promise<number> {
  if (applicantIds?.length === 0) return 0;
  let query = db
    .updateTable("followup_links")
    .set({ revoked_at: sql<Date>`now()` as unknown as Date })
    .where("edition_id", "=", editionId)
    .where("months", "=", months)
    .where("revoked_at", "is", null);
  if (applicantIds !== undefined) query = query.where("applicant_id", "in", [...applicantIds]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface FollowupLink {
  token_hash: string;
  edition_id: string;
  applicant_id: string;
  months: number;
  initiative: string;
  /** `live`: it opens the form; `ended`: revoked or expired (410). */
  state: "live" | "ended";
}

/**
 * The link of a token, or null when there is none. One lookup by hash for
 * every token, so an unknown token takes as long as an ended one.
 */
export async function followupLink(db: Db, token: string): Promise<FollowupLink | null> {
  const row = await db
    .selectFrom("followup_links as l")
    .innerJoin("applicants as a", (join) =>
      join
        .onRef("a.edition_id", "=", "l.edition_id")
        .onRef("a.applicant_id", "=", "l.applicant_id"),
    )
    .select([
      "l.token_hash",
      "l.edition_id",
      "l.applicant_id",
      "l.months",
      "a.initiative",
      sql<boolean>`l.revoked_at is null and l.expires_at > now()`.as("live"),
    ])
    .where("l.token_hash", "=", tokenHash(token))
    .executeTakeFirst();
  if (!row) return null;
  const { live, ...link } = row;
  return { ...link, state: live ? "live" : "ended" };
}
