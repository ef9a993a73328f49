// Routes reach the assessor calibration through this module only (see app/metrics.server.ts).
import type { AppLoadContext } from "@remix-run/node";
import { editionVisible, requireUser, type SessionUser, withScope } from "~/auth.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import type { Db } from "../db/connection.server";
import { withAssessorCodes } from "../reports/calibration/assessor-codes";
import { criterionLabel } from "../reports/calibration/labels";
import { loadCalibration } from "../reports/calibration/report.server";

/**
 * Who may read assessors' names: administrators only (decision 008: the
 * researcher sees no personal data, a municipality its own figures).
 */
export function seesAssessorNames(user: SessionUser): boolean {
  return user.role === "admin";
}

/** The weighted-score agreement of an edition the caller may see, for the edition page's link. */
export async function weightedAgreement(db: Db, editionId: string): Promise<number | null> {
  return (await loadCalibration(db, editionId)).calibration.agreement.weighted ?? null;
}

async function calibrationView(db: Db, editionId: string, user: SessionUser, language: Language) {
  const { calibration, awards } = await loadCalibration(db, editionId);
  const shown = seesAssessorNames(user) ? calibration : withAssessorCodes(calibration, language);
  const edition = await db
    .selectFrom("editions")
    .select("name")
    .where("edition_id", "=", editionId)
    .executeTakeFirstOrThrow();
  return {
    editionName: edition.name,
    calibration: shown,
    awards,
    namesShown: seesAssessorNames(user),
    agreement: Object.entries(shown.agreement).map(([key, alpha]) => ({
      key,
      label: criterionLabel(key, language),
      alpha,
    })),
  };
}

/**
 * What /edities/<id>/kalibratie shows the user who asks: every role that
 * sees the edition's page sees it, within the user's scope (another
 * municipality's edition is a 404, as if it did not exist).
 */
export async function calibrationPageData(
  request: Request,
  context: AppLoadContext,
  editionId: string,
) {
  const user = await requireUser(request, context.db);
  const language = await languageOf(request);
  const view = await withScope(context.db, user.scope, async (db) =>
    (await editionVisible(db, user.scope, editionId))
      ? calibrationView(db, editionId, user, language)
      : null,
  );
  if (!view) throw new Response(translator(language)("edition.notFound"), { status: 404 });
  return view;
}
