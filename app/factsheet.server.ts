// Routes reach the factsheets' server code through this module only (see app/db.server.ts).
import { isLanguage, type Language } from "../reports/language";

export {
  activeFactsheetLink,
  listFactsheetLinks,
  publishFactsheet,
  revokeFactsheetLink,
} from "../db/queries/factsheet-links.server";
export { factsheetHtml } from "../reports/factsheet/html.server";
export { loadFactsheet } from "../reports/factsheet/model.server";
export { ChromiumMissingError, htmlToPdf } from "../reports/factsheet/pdf.server";
export { FACTSHEET_CSS } from "../reports/factsheet/style";

/** The factsheet options in a URL: ?taal=en&vergelijk=groningen-2018. */
export function factsheetOptions(
  url: URL,
  fallback: Language,
): { language: Language; compareWith: string | null } {
  const taal = url.searchParams.get("taal");
  const compare = url.searchParams.get("vergelijk")?.trim();
  return { language: isLanguage(taal) ? taal : fallback, compareWith: compare ? compare : null };
}

export function pdfResponse(pdf: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
