// /publiek/:token/pdf: a published factsheet as PDF.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { activeFactsheetLink, factsheetPdfResponse, loadFactsheet } from "~/factsheet.server";

export async function loader({ params, context }: LoaderFunctionArgs) {
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
    return new Response("Deze link bestaat niet (meer). / This link does not exist (any more).", {
      status: 404,
    });
  }
  return factsheetPdfResponse(model);
}
