// An error meant for the user's eyes, thrown anywhere (the data layer, the
// import, the command line) and translated where it is shown: it carries a
// dictionary key and its values, not a sentence in one language.
import type { Language } from "../language";
import { type MessageKey, type MessageValues, translator } from "./messages";

export class UserError extends Error {
  override name = "UserError";
  constructor(
    readonly key: MessageKey,
    readonly values: MessageValues = {},
  ) {
    // Dutch where nothing asks for a language (logs, an unexpected catch).
    super(translator("nl")(key, values));
  }

  /** The message in the reader's language. */
  in(language: Language): string {
    return translator(language)(this.key, this.values);
  }
}
