// The command-line frame: a command is a name, a line of help, a usage text
// and a run function. Commands parse their own arguments with node's
// parseArgs and call db/ and reports/; this file only dispatches and maps
// outcomes to exit codes: 0 done, 1 refused or failed, 2 wrong call.
// Every text is a dictionary key, shown in the call's language: Dutch, or
// English with `--lang en` (any command) or IMPACT_LANG=en (decision 018).
import { parseArgs } from "node:util";
import { type MessageKey, type MessageValues, translator } from "../core/i18n/messages";
import { UserError } from "../core/i18n/user-error";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "../core/language";
import { ConfigError } from "../db/config";
import type { Db } from "../db/connection.server";
import { DataFolderHeldError } from "../db/data-folder-lock.server";

/** Whether a command needs the schema brought up to date before it starts. */
export type SchemaNeed = "current" | "as-is";

export const EXIT = { done: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * Opens (or reuses) the database; commands that need none never call it.
   * By default with the schema up to date ("current"); `migrate`, `reset` and
   * `serve` take it "as-is" and see to the schema themselves.
   */
  db: (schema?: SchemaNeed) => Promise<Db>;
  /** Where secrets such as passwords are read from; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
  /** IMPACT_LANG as the environment gives it: the language when no `--lang` says one. */
  languageSetting?: string;
}

/** What a command is given: the frame's io, with the call's language (runCli decides it). */
export interface CommandIo extends CliIo {
  language: Language;
}

/** A key of the command line's section of the dictionary. */
export type CliKey = Extract<MessageKey, `cli.${string}`>;

export interface Command {
  name: string;
  summary: CliKey;
  usage: CliKey;
  /** Values the usage text names, such as the list of datasets. */
  usageValues?: MessageValues;
  run: (args: string[], io: CommandIo) => Promise<ExitCode>;
}

/** A call that does not fit the command: exit code 2 with the usage text. */
export class UsageError extends UserError {
  override name = "UsageError";
}

/** A refusal with a reason the user can act on: exit code 1. */
export class RefusedError extends UserError {
  override name = "RefusedError";
}

/** An error's message in `language`: translated when it carries a key, else as it is. */
export function reasonIn(error: unknown, language: Language): string {
  if (error instanceof UserError) return error.in(language);
  return error instanceof Error ? error.message : String(error);
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/**
 * parseArgs, with every mistake turned into a UsageError. Every command
 * takes `--lang` (runCli has read it already); a language other than nl or
 * en is refused with `unknownLanguage`.
 */
export function parseCommandArgs<O extends OptionSpec>(
  args: string[],
  options: O,
  unknownLanguage: CliKey = "cli.unknownLanguage",
) {
  const parsed = (() => {
    try {
      return parseArgs({
        args,
        options: { lang: { type: "string" }, ...options } as O & { lang: { type: "string" } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError("cli.reason", { reason: reasonIn(error, DEFAULT_LANGUAGE) });
    }
  })();
  const lang = (parsed.values as { lang?: string }).lang;
  if (lang !== undefined && !isLanguage(lang)) {
    throw new UsageError(unknownLanguage, { value: lang });
  }
  return parsed;
}

function overview(commands: readonly Command[], language: Language): string {
  const t = translator(language);
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${t(c.summary)}`);
  return t("cli.overview", { commands: lines.join("\n") });
}

function usageOf(command: Command, language: Language): string {
  return translator(language)(command.usage, command.usageValues);
}

/** PostgreSQL's code for a table that does not exist: the schema was never made. */
const UNDEFINED_TABLE = "42P01";

function describeFailure(error: unknown, language: Language): string {
  if ((error as { code?: string }).code === UNDEFINED_TABLE) {
    return translator(language)("cli.notMigrated");
  }
  return reasonIn(error, language);
}

/**
 * The call's language: `--lang` before the command (taken out of the
 * arguments) or among its options (left for the command, which also
 * writes its files in it), else IMPACT_LANG, else Dutch. A `--lang` that is
 * no language leaves the choice to IMPACT_LANG; the command refuses it.
 */
function callLanguage(
  argv: string[],
  setting: string | undefined,
): { language: Language; args: string[] } | { wrong: UsageError | RefusedError } {
  const args = [...argv];
  let asked: string | undefined;
  while (args[0] === "--lang" || args[0]?.startsWith("--lang=")) {
    const [first] = args.splice(0, 1);
    asked = first === "--lang" ? args.splice(0, 1)[0] : first?.slice("--lang=".length);
    if (!isLanguage(asked))
      return { wrong: new UsageError("cli.unknownLanguage", { value: String(asked) }) };
  }
  if (asked === undefined) {
    for (const [i, arg] of args.entries()) {
      const value =
        arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
      if (isLanguage(value)) asked = value;
    }
  }
  if (isLanguage(asked)) return { language: asked, args };
  if (setting === undefined || setting.trim() === "") return { language: DEFAULT_LANGUAGE, args };
  if (isLanguage(setting)) return { language: setting, args };
  return { wrong: new RefusedError("cli.envLanguage", { value: setting }) };
}

export async function runCli(
  argv: string[],
  commands: readonly Command[],
  io: CliIo,
): Promise<ExitCode> {
  const call = callLanguage(argv, io.languageSetting);
  if ("wrong" in call) {
    if (call.wrong instanceof RefusedError) {
      io.err(call.wrong.message);
      return EXIT.failed;
    }
    io.err(`${call.wrong.message}\n\n${overview(commands, DEFAULT_LANGUAGE)}`);
    return EXIT.usage;
  }
  const { language } = call;
  const t = translator(language);
  const [name, ...rest] = call.args;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(overview(commands, language));
    return name === undefined ? EXIT.usage : EXIT.done;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`${t("cli.unknownCommand", { name })}\n\n${overview(commands, language)}`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(usageOf(command, language));
    return EXIT.done;
  }
  try {
    return await command.run(rest, { ...io, language });
  } catch (error) {
    // The one place an error becomes text: in the call's language.
    if (error instanceof UsageError) {
      io.err(`${error.in(language)}\n\n${usageOf(command, language)}`);
      return EXIT.usage;
    }
    // A refusal, settings to change (ConfigError) or a data folder another
    // process holds (decision 019): the reason alone.
    if (
      error instanceof RefusedError ||
      error instanceof ConfigError ||
      error instanceof DataFolderHeldError
    ) {
      io.err(error.in(language));
      return EXIT.failed;
    }
    io.err(t("cli.failed", { name, reason: describeFailure(error, language) }));
    return EXIT.failed;
  }
}
