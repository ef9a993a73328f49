// The one way to translate: a dictionary per language, made of a section per
// part of the product, and a translator that fills in named values. The
// English dictionary has the type of the Dutch one, so a missing translation
// fails the typecheck; tests/core/messages.test.ts also finds a key that two
// sections both define, and placeholders that differ between the languages.
import type { Language } from "../language";
import { calibrationEn } from "./en/calibration";
import { catalogueEn } from "./en/catalogue";
import { cliEn } from "./en/cli";
import { contractEn } from "./en/contract";
import { dashboardEn } from "./en/dashboard";
import { documentEn } from "./en/document";
import { evaluationEn } from "./en/evaluation";
import { filterEn } from "./en/filter";
import { followupEn } from "./en/followup";
import { formsEn } from "./en/forms";
import { giving360En } from "./en/giving360";
import { importEn } from "./en/import";
import { interfaceEn } from "./en/interface";
import { lettersEn } from "./en/letters";
import { lockEn } from "./en/lock";
import { privacyEn } from "./en/privacy";
import { problemEn } from "./en/problem";
import { readerEn } from "./en/reader";
import { scoringEn } from "./en/scoring";
import { workbookEn } from "./en/workbook";
import { calibrationNl } from "./nl/calibration";
import { catalogueNl } from "./nl/catalogue";
import { cliNl } from "./nl/cli";
import { contractNl } from "./nl/contract";
import { dashboardNl } from "./nl/dashboard";
import { documentNl } from "./nl/document";
import { evaluationNl } from "./nl/evaluation";
import { filterNl } from "./nl/filter";
import { followupNl } from "./nl/followup";
import { formsNl } from "./nl/forms";
import { giving360Nl } from "./nl/giving360";
import { importNl } from "./nl/import";
import { interfaceNl } from "./nl/interface";
import { lettersNl } from "./nl/letters";
import { lockNl } from "./nl/lock";
import { privacyNl } from "./nl/privacy";
import { problemNl } from "./nl/problem";
import { readerNl } from "./nl/reader";
import { scoringNl } from "./nl/scoring";
import { workbookNl } from "./nl/workbook";

/** The Dutch sections; each key belongs to exactly one. */
export const SECTIONS_NL = [
  interfaceNl,
  importNl,
  contractNl,
  catalogueNl,
  dashboardNl,
  documentNl,
  workbookNl,
  giving360Nl,
  cliNl,
  problemNl,
  lockNl,
  readerNl,
  evaluationNl,
  calibrationNl,
  scoringNl,
  filterNl,
  privacyNl,
  formsNl,
  lettersNl,
  followupNl,
] as const;

export const nl = {
  ...interfaceNl,
  ...importNl,
  ...contractNl,
  ...catalogueNl,
  ...dashboardNl,
  ...documentNl,
  ...workbookNl,
  ...giving360Nl,
  ...cliNl,
  ...problemNl,
  ...lockNl,
  ...readerNl,
  ...evaluationNl,
  ...calibrationNl,
  ...scoringNl,
  ...filterNl,
  ...privacyNl,
  ...formsNl,
  ...lettersNl,
  ...followupNl,
};

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  ...interfaceEn,
  ...importEn,
  ...contractEn,
  ...catalogueEn,
  ...dashboardEn,
  ...documentEn,
  ...workbookEn,
  ...giving360En,
  ...cliEn,
  ...problemEn,
  ...lockEn,
  ...readerEn,
  ...evaluationEn,
  ...calibrationEn,
  ...scoringEn,
  ...filterEn,
  ...privacyEn,
  ...formsEn,
  ...lettersEn,
  ...followupEn,
};

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
