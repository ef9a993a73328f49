// /gemeenten/:slug/grafieken/<chart>.svg|csv: a municipality page's charts as files.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { chartFileResponse } from "~/chart-files.server";
import { municipalityPageData } from "~/dashboard-pages.server";
import { languageOf } from "~/i18n/language.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { page } = await municipalityPageData(request, context, params.slug ?? "");
  return chartFileResponse(page.overview.charts, params.file ?? "", await languageOf(request));
}
