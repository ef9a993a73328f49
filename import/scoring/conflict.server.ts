// A declared conflict of interest. Before submission it only records the
// conflict and removes the assignment. After the administrator reopened a
// submission, the assessor's row in `assessments` came from someone involved
// with the initiative: it is withdrawn in the same transaction, as a write
// of the scoring form in the import history (the removed rows kept in
// import_changes, so undoing the entry brings them back), and the derived
// tables follow, exactly as after an import.
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/connection.server";
import { recordConflict } from "../../db/queries/assessor-plans.server";
import { finishImport, startImport } from "../finish.server";
import { lockImports } from "../lock.server";
import { SCORING_FORM_NAME } from "./submit.server";

export interface ConflictDeclaration {
  user: { user_id: number; name: string; email: string };
  editionId: string;
  applicantId: string;
}

async function withdrawAssessment(trx: Db, { user, editionId, applicantId }: ConflictDeclaration) {
  const key = sql`edition_id = ${editionId} and applicant_id = ${applicantId} and assessor = ${user.name}`;
  const { rows } = await sql`select 1 from assessments where ${key}`.execute(trx);
  if (rows.length === 0) return;
  await lockImports(trx);
  const importId = await startImport(trx, {
    importedBy: user.email,
    fileName: SCORING_FORM_NAME,
    sha256: createHash("sha256")
      .update(`withdraw\u0000${editionId}\u0000${applicantId}`)
      .digest("hex"),
    mode: "upsert",
    form: true,
  });
  for (const table of ["assessment_scores", "assessments"]) {
    await sql`insert into import_changes (import_id, table_name, change, row)
      select ${importId}, ${table}, 'deleted', to_jsonb(t) from ${sql.table(table)} t where ${key}`.execute(
      trx,
    );
  }
  // The scores go with their assessment (a cascading foreign key).
  await sql`delete from assessments where ${key}`.execute(trx);
  await finishImport(
    trx,
    importId,
    {
      editionIds: [editionId],
      derivedEditionIds: [editionId],
      sheets: new Map([["assessments", SCORING_FORM_NAME]]),
      counts: { assessments: { inserted: 0, updated: 0, unchanged: 0, deleted: 1 } },
    },
    { mode: "upsert", dryRun: false },
  );
}

/** False when the plan is not the assessor's or their scores are submitted (and not reopened). */
export async function declareConflict(db: Db, declaration: ConflictDeclaration): Promise<boolean> {
  const { user, editionId, applicantId } = declaration;
  return db.transaction().execute(async (trx) => {
    if (!(await recordConflict(trx, user.user_id, editionId, applicantId))) return false;
    await withdrawAssessment(trx, declaration);
    return true;
  });
}
