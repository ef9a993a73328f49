// A server's form writers, ready before it listens (decision 034): the
// connections that form writes take turns on get their staging tables, and
// rehearse an assessor's submission, so that the first writes after a start
// do not each plan every statement and read the catalogue on a connection
// of their own while twenty others wait.
import { sql } from "kysely";
import { type Db, keepFormWriters } from "../../db/connection.server";
import { SCORING_FORM_NAME } from "../scoring/submit.server";
import { makeFormStaging } from "../staging.server";
import { writeFormRows } from "./submit.server";

/** Twice: a connection keeps a statement prepared from its second run on. */
const REHEARSALS = 2;

export async function prepareFormWriters(db: Db): Promise<void> {
  await keepFormWriters(db, async (writer) => {
    await makeFormStaging(writer);
    for (let i = 0; i < REHEARSALS; i++) await rehearseScoring(writer);
  });
}

/**
 * A new assessor's scores for an assessed plan, as a dry run: every
 * statement of a submission runs (the checks, the merge, the score's
 * recompute) and nothing stays. Nothing to rehearse in a database without
 * assessments. The plan is the last by key, read from the primary key's end:
 * the most recent by import read every assessment (180 ms at national
 * scale, four times at every start), as seeded and older rows have none.
 */
async function rehearseScoring(writer: Db): Promise<void> {
  const { rows } = await sql<{
    edition_id: string;
    applicant_id: string;
    scores: Record<string, number>;
  }>`select a.edition_id, a.applicant_id,
      (select jsonb_object_agg(s.criterion, s.score) from assessment_scores s
        where s.edition_id = a.edition_id and s.applicant_id = a.applicant_id
          and s.assessor = a.assessor) as scores
    from assessments a
    order by a.edition_id desc, a.applicant_id desc, a.assessor desc limit 1`.execute(writer);
  const plan = rows[0];
  if (!plan) return;
  await writeFormRows(writer, {
    formName: SCORING_FORM_NAME,
    sheets: [
      {
        dataset: "assessments",
        rows: [
          {
            edition_id: plan.edition_id,
            applicant_id: plan.applicant_id,
            assessor: "(repetitie)",
            ...plan.scores,
            comment: "(repetitie)",
          },
        ],
      },
    ],
    writtenBy: "(repetitie)",
    language: "nl",
    dryRun: true,
  });
}
