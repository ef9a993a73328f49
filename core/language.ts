// The languages of every output: the interface, factsheets, exports and the
// command line. Dutch first.
export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}
