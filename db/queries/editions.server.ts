import { sql } from "kysely";
import type { Db } from "../connection.server";

export interface EditionSummary {
  edition_id: string;
  municipality: string;
  year: number;
  name: string;
  themes: string[];
  registrations: number;
  awarded: number;
  microcredit_total: number;
}

/** Every edition with its headline counts, by municipality then year. */
export async function listEditionSummaries(db: Db): Promise<EditionSummary[]> {
  return db
    .selectFrom("editions as e")
    .select((eb) => [
      "e.edition_id",
      "e.municipality",
      "e.year",
      "e.name",
      "e.themes",
      eb
        .selectFrom("applicants as a")
        .whereRef("a.edition_id", "=", "e.edition_id")
        .select(sql<number>`count(*)::int`.as("n"))
        .$asScalar()
        .$notNull()
        .as("registrations"),
      eb
        .selectFrom("awards as w")
        .whereRef("w.edition_id", "=", "e.edition_id")
        .select(sql<number>`count(*)::int`.as("n"))
        .$asScalar()
        .$notNull()
        .as("awarded"),
      eb
        .selectFrom("awards as w")
        .whereRef("w.edition_id", "=", "e.edition_id")
        .select(sql<number>`coalesce(sum(w.microcredit_eur), 0)`.as("total"))
        .$asScalar()
        .$notNull()
        .as("microcredit_total"),
    ])
    .orderBy("e.municipality")
    .orderBy("e.year")
    .execute();
}
