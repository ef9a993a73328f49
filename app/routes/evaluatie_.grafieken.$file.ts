// /evaluatie/grafieken/<chart>.svg|csv?<the page's filters>: the evaluation's chart as a file.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { chartFileResponse } from "~/chart-files.server";
import { evaluationPageData } from "~/evaluation.server";
import { languageOf } from "~/i18n/language.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { page } = await evaluationPageData(request, context);
  const charts = page?.chart ? [page.chart] : [];
  return chartFileResponse(charts, params.file ?? "", await languageOf(request));
}
