// GET /export/360giving.xlsx: the same grants as /export/360giving.json, in
// the standard's flat spreadsheet form.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { exportResponse } from "~/export.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db);
  return exportResponse(request, context.db, "360giving-xlsx", user);
}
