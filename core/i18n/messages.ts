// The one way to translate: a dictionary per language, made of a section per
// part of the product, and a translator that fills in named values. The
// English dictionary has the type of the Dutch one, so a missing translation
// fails the typecheck; tests/core/messages.test.ts also finds a key that two
// sections both define, and placeholders that differ between the languages.
import type { Language } from "../language";
import { interfaceEn } from "./en/interface";
import { readerEn } from "./en/reader";
import { interfaceNl } from "./nl/interface";
import { readerNl } from "./nl/reader";

/** The Dutch sections; each key belongs to exactly one. */
export const SECTIONS_NL = [interfaceNl, readerNl] as const;

export const nl = { ...interfaceNl, ...readerNl };

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

export const en: Messages = { ...interfaceEn, ...readerEn };

const dictionaries: Record<Language, Messages> = { nl, en };

/** The named values a text takes: t("import.done", { id: 4 }) fills in {id}. */
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export function translator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, values) =>
    values
      ? dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
          String(values[name] ?? match),
        )
      : dictionary[key];
}
