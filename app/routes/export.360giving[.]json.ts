// GET /export/360giving.json: the awards of the query's filter as a
// 360Giving data package, with pseudonyms instead of names.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth.server";
import { exportResponse } from "~/export.server";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context.db);
  return exportResponse(request, context.db, "360giving-json", user);
}
