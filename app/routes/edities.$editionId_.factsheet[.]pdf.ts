// /edities/:editionId/factsheet.pdf: the factsheet as an A4 PDF, same options as the page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { factsheetOptions, factsheetPdfResponse, visibleFactsheet } from "~/factsheet.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "../../core/i18n/messages";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db);
  const uiLanguage = await languageOf(request);
  const options = factsheetOptions(new URL(request.url), uiLanguage);
  const model = await visibleFactsheet(context.db, user.scope, params.editionId ?? "", options);
  if (!model) return new Response(translator(uiLanguage)("edition.notFound"), { status: 404 });
  return factsheetPdfResponse(model);
}
