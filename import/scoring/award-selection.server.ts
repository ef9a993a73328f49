// Turning the selection above the budget line into awards, for the
// administrator's page and `impact assessment award`: every award row of the
// selection in one write through the import (writeFormRows, mode `form`),
// so the awards contract's rules, the lock, the data version, the derived
// tables and one history entry are exactly an import's; undoing that entry
// is undoing an import (import/undo.server.ts, which refuses while a later
// import touched the edition). The ranking is the caller's
// (reports/selection/edition-ranking.server.ts): import/ reads no reports.
import { type Translate, translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import type { Db } from "../../db/connection.server";
import { audit } from "../../db/queries/security.server";
import { writeFormRows } from "../forms/submit.server";
import type { ImportReport } from "../run.server";
import { type UndoResult, undoImport } from "../undo.server";
import { type RankedAmount, selectionAwards } from "./award-selection";

/** The history's file name of an edition's award write: how its undo is recognised. */
export const awardFileName = (editionId: string) => `selectie toekennen/${editionId}`;

export interface AwardRequest {
  editionId: string;
  ranking: readonly RankedAmount[];
  /** The Dutch calendar day of the award (YYYY-MM-DD): the caller's today. */
  awardedOn: string;
  /** Who asks: the history's importer and the audit log's actor. */
  actor: { userId: number | null; name: string };
  language: Language;
}

export type AwardOutcome =
  | { ok: true; importId: number; awarded: string[]; skipped: string[] }
  | { ok: false; reason: "nothing"; skipped: string[] }
  | { ok: false; reason: "incomplete"; incomplete: string[] }
  | { ok: false; reason: "refused"; report: ImportReport };

async function awardedPlans(db: Db, editionId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("awards")
    .select("applicant_id")
    .where("edition_id", "=", editionId)
    .execute();
  return new Set(rows.map((r) => r.applicant_id));
}

export async function awardSelection(db: Db, request: AwardRequest): Promise<AwardOutcome> {
  const { editionId, actor } = request;
  const selection = selectionAwards(
    editionId,
    request.ranking,
    await awardedPlans(db, editionId),
    request.awardedOn,
  );
  if (selection.incomplete.length > 0) {
    return { ok: false, reason: "incomplete", incomplete: selection.incomplete };
  }
  if (selection.rows.length === 0) {
    return { ok: false, reason: "nothing", skipped: selection.skipped };
  }
  // addOnly: a plan awarded between the read above and this write refuses
  // the whole write, rather than being overwritten.
  const report = await writeFormRows(db, {
    formName: awardFileName(editionId),
    sheets: [{ dataset: "awards", rows: selection.rows }],
    writtenBy: actor.name,
    language: request.language,
    addOnly: true,
  });
  if (!report.ok || report.import_id === null) return { ok: false, reason: "refused", report };
  const awarded = selection.rows.map((row) => row.applicant_id);
  await audit(db, {
    userId: actor.userId,
    actor: actor.name,
    action: "assessment_awarded",
    details: { edition_id: editionId, import_id: report.import_id, awarded: awarded.length },
  });
  return { ok: true, importId: report.import_id, awarded, skipped: selection.skipped };
}

/** Undoes an award write of this edition; any other history entry is not found here. */
export async function undoAward(
  db: Db,
  editionId: string,
  importId: number,
  actor: AwardRequest["actor"],
): Promise<UndoResult> {
  const entry = await db
    .selectFrom("imports")
    .select("import_id")
    .where("import_id", "=", importId)
    .where("file_name", "=", awardFileName(editionId))
    .executeTakeFirst();
  if (!entry) return { ok: false, reason: "not_found" };
  const result = await undoImport(db, importId);
  if (result.ok) {
    await audit(db, {
      userId: actor.userId,
      actor: actor.name,
      action: "assessment_award_undone",
      details: { edition_id: editionId, import_id: importId },
    });
  }
  return result;
}

/** The outcome in words, for the page and the command line alike. */
export function awardMessage(outcome: AwardOutcome, language: Language): string {
  const t: Translate = translator(language);
  const skipped = (plans: string[]) =>
    plans.length > 0 ? ` ${t("scoring.award.skipped", { plans: plans.join(", ") })}` : "";
  if (outcome.ok) {
    return (
      t(outcome.awarded.length === 1 ? "scoring.award.done.one" : "scoring.award.done", {
        n: outcome.awarded.length,
        id: outcome.importId,
        plans: outcome.awarded.join(", "),
      }) + skipped(outcome.skipped)
    );
  }
  if (outcome.reason === "nothing") return t("scoring.award.nothing") + skipped(outcome.skipped);
  if (outcome.reason === "incomplete") {
    return t("scoring.award.incomplete", { plans: outcome.incomplete.join(", ") });
  }
  return t("scoring.award.refused", {
    errors: outcome.report.errors.map((e) => e.message).join(" "),
  });
}

export function undoAwardMessage(result: UndoResult, importId: number, language: Language): string {
  const t = translator(language);
  if (result.ok) return t("scoring.award.undone", { id: importId });
  if (result.reason === "later_import") {
    return t("scoring.award.undoLater", { id: importId, later: result.laterImportId });
  }
  return t(
    result.reason === "already_undone" ? "scoring.award.undoAlready" : "scoring.award.undoNotFound",
    { id: importId },
  );
}
