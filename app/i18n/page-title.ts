// A page's <title> in the page's language: the meta functions read the
// language from the root loader's data, as useI18n does in components.
import { type Translate, translator } from "../../core/i18n/messages";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "../../core/language";

/** The matches a meta function is given; only the root's data is read. */
type Matches = readonly ({ id: string; data?: unknown } | undefined)[];

/** The page's language in a meta function. */
export function metaLanguage(matches: Matches): Language {
  const data = matches.find((m) => m?.id === "root")?.data as { language?: unknown } | undefined;
  return isLanguage(data?.language) ? data.language : DEFAULT_LANGUAGE;
}

/**
 * `[{ title: "<page> · SOC Impactmonitor" }]` in the page's language; the
 * app's name alone when `page` gives null (a page that was not found).
 */
export function pageTitle(
  matches: Matches,
  page: (t: Translate, language: Language) => string | null,
): { title: string }[] {
  const language = metaLanguage(matches);
  const t = translator(language);
  const name = page(t, language);
  return [{ title: name === null ? t("app.name") : `${name} · ${t("app.name")}` }];
}
