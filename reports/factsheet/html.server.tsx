// The factsheet as a standalone HTML document: for the PDF renderer and for
// `impact factsheet --out file.html`.
import { renderToStaticMarkup } from "react-dom/server";
import { translator } from "../../core/i18n/messages";
import { FactsheetDocument } from "./document";
import type { FactsheetModel } from "./model.server";
import { FACTSHEET_CSS } from "./style";

export function factsheetHtml(model: FactsheetModel): string {
  const body = renderToStaticMarkup(<FactsheetDocument model={model} />);
  const title = translator(model.language)("document.title", { name: model.edition.name });
  return `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><title>${title}</title><style>${FACTSHEET_CSS}</style></head><body>${body}</body></html>`;
}
