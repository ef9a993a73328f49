// The choice of editions (command line, URLs, the API): what is wrong with it.
import type { filterNl } from "../nl/filter";

export const filterEn: Record<keyof typeof filterNl, string> = {
  "filter.refused": "Invalid choice of editions: {problems}.",
  "filter.year": "must be a year from 2000 to 2100, such as 2020",
  "filter.notEmpty": "must not be empty",
  "filter.fromAfterTo": "{from} must not be later than {to}",
  "filter.unknownParameter": "Unknown parameter: {unknown}. Possible are: {known}.",
  "filter.once": "Give {keys} at most once.",
  "filter.unknownEdition": "The edition {edition} does not exist.",
  "filter.unknownEditions": "These editions do not exist: {editions}.",
};
