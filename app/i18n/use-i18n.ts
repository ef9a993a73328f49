import { useRouteLoaderData } from "@remix-run/react";
import { DEFAULT_LANGUAGE, type Language } from "../../reports/language";
import { type Translate, translator } from "./messages";

interface RootI18nData {
  language: Language;
}

/** The page's language and its translator, from the root loader. */
export function useI18n(): { language: Language; t: Translate } {
  const data = useRouteLoaderData<RootI18nData>("root");
  const language = data?.language ?? DEFAULT_LANGUAGE;
  return { language, t: translator(language) };
}
