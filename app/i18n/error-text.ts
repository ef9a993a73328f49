// The text of an error shown to a user: in the reader's language when it
// carries a dictionary key (a UserError), else its message as it is.
import { UserError } from "../../core/i18n/user-error";
import type { Language } from "../../core/language";

export function errorText(error: Error, language: Language): string {
  return error instanceof UserError ? error.in(language) : error.message;
}
