// GET /export/360giving.json: the awards of the query's filter as a
// 360Giving data package, with pseudonyms instead of names.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportResponse } from "~/export.server";

export function loader({ request, context }: LoaderFunctionArgs) {
  return exportResponse(request, context.db, "360giving-json");
}
