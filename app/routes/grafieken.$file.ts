// /grafieken/<chart>.svg|csv?<the overview's filters>: the overview's charts as files.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { chartFileResponse } from "~/chart-files.server";
import { overviewPageData } from "~/dashboard-pages.server";
import { languageOf } from "~/i18n/language.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { overview } = await overviewPageData(request, context);
  return chartFileResponse(overview.charts, params.file ?? "", await languageOf(request));
}
