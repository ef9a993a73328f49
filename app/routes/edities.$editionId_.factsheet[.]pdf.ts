// /edities/:editionId/factsheet.pdf: the factsheet as an A4 PDF, same options as the page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { editionVisible, requireUser } from "~/auth.server";
import {
  ChromiumMissingError,
  factsheetHtml,
  factsheetOptions,
  htmlToPdf,
  loadFactsheet,
  pdfResponse,
} from "~/factsheet.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/messages";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db);
  const uiLanguage = await languageOf(request);
  const options = factsheetOptions(new URL(request.url), uiLanguage);
  const editionId = params.editionId ?? "";
  const visible =
    (await editionVisible(context.db, user.scope, editionId)) &&
    (!options.compareWith || (await editionVisible(context.db, user.scope, options.compareWith)));
  const model = visible
    ? await loadFactsheet(context.db, editionId, { ...options, audience: "internal" }, new Date())
    : null;
  if (!model) return new Response(translator(uiLanguage)("edition.notFound"), { status: 404 });
  try {
    return pdfResponse(
      await htmlToPdf(factsheetHtml(model)),
      `factsheet-${model.edition.edition_id}.pdf`,
    );
  } catch (error) {
    if (error instanceof ChromiumMissingError) return new Response(error.message, { status: 503 });
    throw error;
  }
}
