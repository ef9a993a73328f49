import { useRouteLoaderData } from "@remix-run/react";
import { type Translate, translator } from "../../core/i18n/messages";
import { DEFAULT_LANGUAGE, type Language } from "../../core/language";

interface RootI18nData {
  language: Language;
}

/** The page's language and its translator, from the root loader. */
export function useI18n(): { language: Language; t: Translate } {
  const data = useRouteLoaderData<RootI18nData>("root");
  const language = data?.language ?? DEFAULT_LANGUAGE;
  return { language, t: translator(language) };
}
