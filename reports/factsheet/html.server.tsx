// The factsheet as a standalone HTML document: for the PDF renderer and for
// `impact factsheet --out file.html`.
import { renderToStaticMarkup } from "react-dom/server";
import { translator } from "../../core/i18n/messages";
import { standaloneHtml } from "../print/standalone-html";
import { FactsheetDocument } from "./document";
import type { FactsheetModel } from "./model.server";
import { FACTSHEET_CSS } from "./style";

export function factsheetHtml(model: FactsheetModel): string {
  return standaloneHtml({
    language: model.language,
    title: translator(model.language)("document.title", { name: model.edition.name }),
    css: FACTSHEET_CSS,
    body: renderToStaticMarkup(<FactsheetDocument model={model} />),
  });
}
