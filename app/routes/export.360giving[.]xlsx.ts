// GET /export/360giving.xlsx: the same grants as /export/360giving.json, in
// the standard's flat spreadsheet form.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportResponse } from "~/export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return exportResponse(request, context.db, "360giving-xlsx");
}
