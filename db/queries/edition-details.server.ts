// What an edition page shows beside its metrics: where the applicants came
// from, each award's public share, the quotes that may be shown, the stories.
import { sql } from "kysely";
import type { Db } from "../connection.server";
import type { Edition } from "../schema";

export interface CountByName {
  name: string;
  applicants: number;
  awarded: number;
}

export interface EditionDetails {
  edition: Edition;
  themes: CountByName[];
  districts: CountByName[];
  /** microcredit / start budget of each award, ascending. */
  awardShares: number[];
  /** Survey quotes whose author consented to publication. */
  quotes: string[];
  stories: { title: string; summary: string; quote: string | null; initiative: string }[];
}

async function countsBy(
  db: Db,
  editionId: string,
  column: "theme" | "district",
): Promise<CountByName[]> {
  const { rows } = await sql<CountByName>`
    select coalesce(a.${sql.ref(column)}, '') as name, count(*)::int as applicants,
      count(w.applicant_id)::int as awarded
    from applicants a
    left join awards w on w.edition_id = a.edition_id and w.applicant_id = a.applicant_id
    where a.edition_id = ${editionId}
    group by 1 order by 2 desc, 1`.execute(db);
  return rows;
}

/** The edition's details, or null when it does not exist. */
export async function loadEditionDetails(
  db: Db,
  editionId: string,
): Promise<EditionDetails | null> {
  const edition = await db
    .selectFrom("editions")
    .select([
      "edition_id",
      "municipality",
      "year",
      "name",
      "themes",
      "budget_eur",
      "max_share",
      "score_scale_max",
      "launched_on",
      "closed_on",
      "finale_on",
      "import_id",
    ])
    .where("edition_id", "=", editionId)
    .executeTakeFirst();
  if (!edition) return null;
  const [themes, districts, shares, quotes, stories] = await Promise.all([
    countsBy(db, editionId, "theme"),
    countsBy(db, editionId, "district"),
    db
      .selectFrom("awards")
      .select(sql<number>`microcredit_eur / start_budget_eur`.as("share"))
      .where("edition_id", "=", editionId)
      .orderBy("share")
      .execute(),
    db
      .selectFrom("surveys")
      .select("quote")
      .where("edition_id", "=", editionId)
      .where("quote_consent", "=", true)
      .where("quote", "is not", null)
      .orderBy("respondent_id")
      .execute(),
    db
      .selectFrom("stories as s")
      .innerJoin("applicants as a", (j) =>
        j.onRef("a.edition_id", "=", "s.edition_id").onRef("a.applicant_id", "=", "s.applicant_id"),
      )
      .select(["s.title", "s.summary", "s.quote", "a.initiative"])
      .where("s.edition_id", "=", editionId)
      .where("s.published", "=", true)
      .orderBy("s.title")
      .execute(),
  ]);
  return {
    edition,
    themes,
    districts,
    awardShares: shares.map((s) => Number(s.share)),
    quotes: quotes.map((q) => q.quote as string),
    stories,
  };
}
