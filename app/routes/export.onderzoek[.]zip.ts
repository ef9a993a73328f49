// GET /export/onderzoek.zip: the research workbook's sheets as CSV files in a
// zip, for Dutch Excel. Same query as /export/onderzoek.xlsx.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { exportResponse } from "~/export.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db);
  return exportResponse(request, context.db, "csv", user);
}
