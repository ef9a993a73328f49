// /edities/:editionId/brieven/:applicantId: one feedback letter as the HTML
// that is printed; /edities/:editionId/brieven/:applicantId.pdf: the PDF.
// (A route cannot match a parameter with a fixed suffix, so one door serves both.)
// Administrators only.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { letterResponse } from "~/letters.server";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  return letterResponse(request, context, params.editionId ?? "", params.file ?? "");
}
