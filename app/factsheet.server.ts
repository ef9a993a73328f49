// Routes reach the factsheets' server code through this module only (see app/db.server.ts).

import { isLanguage, type Language } from "../core/language";
import type { Db } from "../db/connection.server";
import { editionVisible, type Scope, withScope } from "../db/scope";
import { factsheetHtml } from "../reports/factsheet/html.server";
import { type FactsheetModel, loadFactsheet } from "../reports/factsheet/model.server";
import { ChromiumMissingError, htmlToPdf } from "../reports/factsheet/pdf.server";
import { errorText } from "./i18n/error-text";

export {
  activeFactsheetLink,
  listFactsheetLinks,
  publishFactsheet,
  revokeFactsheetLink,
} from "../db/queries/factsheet-links.server";
export { loadFactsheet } from "../reports/factsheet/model.server";

/** The factsheet options in a URL: ?taal=en&vergelijk=groningen-2018. */
export function factsheetOptions(
  url: URL,
  fallback: Language,
): { language: Language; compareWith: string | null } {
  const taal = url.searchParams.get("taal");
  const compare = url.searchParams.get("vergelijk")?.trim();
  return { language: isLanguage(taal) ? taal : fallback, compareWith: compare ? compare : null };
}

/** The factsheet as a PDF response; without Chromium a 503 that says how to get it. */
export async function factsheetPdfResponse(model: FactsheetModel): Promise<Response> {
  try {
    const pdf = await htmlToPdf(factsheetHtml(model));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="factsheet-${model.edition.edition_id}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ChromiumMissingError) {
      return new Response(errorText(error, model.language), { status: 503 });
    }
    throw error;
  }
}

/**
 * The internal factsheet of an edition the user may see, compared with an
 * edition the user may see; null (a 404) otherwise.
 */
export async function visibleFactsheet(
  db: Db,
  scope: Scope,
  editionId: string,
  options: { language: Language; compareWith: string | null },
): Promise<FactsheetModel | null> {
  return withScope(db, scope, async (scoped) => {
    const visible =
      (await editionVisible(scoped, scope, editionId)) &&
      (!options.compareWith || (await editionVisible(scoped, scope, options.compareWith)));
    return visible
      ? loadFactsheet(scoped, editionId, { ...options, audience: "internal" }, new Date())
      : null;
  });
}
