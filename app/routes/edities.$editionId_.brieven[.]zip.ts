// /edities/:editionId/brieven.zip: every feedback letter of the edition as a
// PDF, `<applicant_id>.pdf` each, in one zip. Administrators only.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { lettersZipResponse } from "~/letters.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  return lettersZipResponse(request, context, params.editionId ?? "");
}
