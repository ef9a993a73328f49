// A feedback letter as a standalone HTML document: its view on the review
// page, and what the PDF renderer prints.
import { renderToStaticMarkup } from "react-dom/server";
import { translator } from "../../core/i18n/messages";
import { standaloneHtml } from "../print/standalone-html";
import { LetterDocument } from "./document";
import type { LetterModel } from "./letters";
import { LETTER_CSS } from "./style";

export function letterHtml(model: LetterModel): string {
  return standaloneHtml({
    language: model.language,
    title: translator(model.language)("letters.title", { initiative: model.applicant.initiative }),
    css: LETTER_CSS,
    body: renderToStaticMarkup(<LetterDocument model={model} />),
  });
}
