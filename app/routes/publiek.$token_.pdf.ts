// /publiek/:token/pdf: a published factsheet as PDF.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { activeFactsheetLink, factsheetPdfResponse, loadFactsheet } from "~/factsheet.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "../../core/i18n/messages";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const link = await activeFactsheetLink(context.db, params.token ?? "");
  const model = link
    ? await loadFactsheet(
        context.db,
        link.edition_id,
        { language: link.language, compareWith: link.compare_edition_id, audience: "public" },
        new Date(),
      )
    : null;
  if (!model) {
    return new Response(translator(await languageOf(request))("factsheet.linkGone"), {
      status: 404,
    });
  }
  return factsheetPdfResponse(model);
}
