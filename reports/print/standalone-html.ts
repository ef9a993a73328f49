// A printed document as a standalone HTML page: for the PDF renderer and for
// files written by the command line. The styles are inline, because the
// renderer has no app to fetch them from.
import type { Language } from "../../core/language";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML: a title holds names that people typed. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

export function standaloneHtml(page: {
  language: Language;
  title: string;
  css: string;
  /** Markup rendered by React, already escaped. */
  body: string;
}): string {
  return `<!doctype html><html lang="${page.language}"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title><style>${page.css}</style></head><body>${page.body}</body></html>`;
}
