// /edities/:editionId/grafieken/<chart>.svg|csv: an edition page's charts as files.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { chartFileResponse } from "~/chart-files.server";
import { editionPageData } from "~/dashboard-pages.server";
import { languageOf } from "~/i18n/language.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { page } = await editionPageData(request, context, params.editionId ?? "");
  return chartFileResponse(
    Object.values(page.charts),
    params.file ?? "",
    await languageOf(request),
  );
}
