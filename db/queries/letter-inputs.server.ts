// What a feedback letter says beyond the scores (which come from
// calibration-inputs, the one query of per-assessor scores): the edition,
// its rubric's labels, the assessed applicants with their award, and the
// assessors' comments. Assessors' names are not selected: a letter never
// shows one, so it never has one to leak.
import { sql } from "kysely";
import type { Db } from "../connection.server";

export interface LetterApplicant {
  applicant_id: string;
  initiative: string;
  /** Personal data, only to address the letter. */
  entrepreneur: string | null;
  /** The award's microcredit; null without an award. */
  microcredit_eur: number | null;
  /** How many assessors assessed the plan (assessment rows). */
  assessors: number;
}

export interface LetterInputs {
  edition: { edition_id: string; name: string };
  /** Criterion key → the label its criteria row gives; a key without one is absent. */
  labels: Record<string, string>;
  /** Applicants with at least one assessment row, by applicant_id. */
  applicants: LetterApplicant[];
  /** The comments that say something, by applicant_id. */
  comments: { applicant_id: string; comment: string }[];
}

/**
 * The inputs of one edition, or null when it does not exist (or, run inside
 * withScope, lies outside the user's scope).
 */
export async function loadLetterInputs(db: Db, editionId: string): Promise<LetterInputs | null> {
  const edition = await db
    .selectFrom("editions")
    .select(["edition_id", "name"])
    .where("edition_id", "=", editionId)
    .executeTakeFirst();
  if (!edition) return null;
  const [labels, applicants, comments] = await Promise.all([
    db
      .selectFrom("criteria")
      .select(["criterion", "label"])
      .where("edition_id", "=", editionId)
      .where("label", "is not", null)
      .execute(),
    db
      .selectFrom("applicants as a")
      .innerJoin(
        (eb) =>
          eb
            .selectFrom("assessments")
            .select(["applicant_id", sql<number>`count(*)::int`.as("assessors")])
            .where("edition_id", "=", editionId)
            .groupBy("applicant_id")
            .as("s"),
        (join) => join.onRef("s.applicant_id", "=", "a.applicant_id"),
      )
      .leftJoin("awards as w", (join) =>
        join
          .onRef("w.edition_id", "=", "a.edition_id")
          .onRef("w.applicant_id", "=", "a.applicant_id"),
      )
      .select([
        "a.applicant_id",
        "a.initiative",
        "a.entrepreneur",
        "w.microcredit_eur",
        "s.assessors",
      ])
      .where("a.edition_id", "=", editionId)
      .orderBy("a.applicant_id")
      .execute(),
    db
      .selectFrom("assessments")
      .select(["applicant_id", sql<string>`btrim(comment)`.as("comment")])
      .where("edition_id", "=", editionId)
      .where(sql<boolean>`btrim(coalesce(comment, '')) <> ''`)
      .orderBy("applicant_id")
      .execute(),
  ]);
  return {
    edition,
    labels: Object.fromEntries(labels.map((l) => [l.criterion, l.label as string])),
    applicants,
    comments,
  };
}
