// GET /export/volledig.zip: the full workbook's sheets as CSV files in a zip, with the
// entrepreneurs' personal data, for administrators only (decision 005). Same
// query as /export/onderzoek.xlsx; every download is in the audit log.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { exportResponse } from "~/export.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db, ["admin"]);
  return exportResponse(request, context.db, "csv", user, "full");
}
