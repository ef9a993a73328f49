// The command-line frame: a command is a name, a line of help, a usage text
// and a run function. Commands parse their own arguments with node's
// parseArgs and call db/ and reports/; this file only dispatches and maps
// outcomes to exit codes: 0 done, 1 refused or failed, 2 wrong call.
import { parseArgs } from "node:util";
import { UserError } from "../core/i18n/user-error";
import { ConfigError } from "../db/config";
import type { Db } from "../db/connection.server";

export const EXIT = { done: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Opens (or reuses) the database; commands that need none never call it. */
  db: () => Promise<Db>;
  /** Where secrets such as passwords are read from; process.stdin when absent. */
  stdin?: NodeJS.ReadableStream;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<ExitCode>;
}

/** A call that does not fit the command: exit code 2 with the usage text. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A refusal with a reason the user can act on: exit code 1. */
export class RefusedError extends Error {
  override name = "RefusedError";
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

/** parseArgs, with every mistake turned into a UsageError. */
export function parseCommandArgs<O extends OptionSpec>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "Gebruik: npm run --silent impact -- <opdracht> [opties]",
    "",
    "Opdrachten:",
    ...lines,
    "",
    "Hulp bij een opdracht: npm run --silent impact -- <opdracht> --help",
  ].join("\n");
}

/** PostgreSQL's code for a table that does not exist: the schema was never made. */
const UNDEFINED_TABLE = "42P01";

function describeFailure(error: unknown): string {
  if ((error as { code?: string }).code === UNDEFINED_TABLE) {
    return "de database is nog niet ingericht. Draai eerst `impact migrate` (npm start doet dat vanzelf).";
  }
  return error instanceof Error ? error.message : String(error);
}

export async function runCli(
  argv: string[],
  commands: readonly Command[],
  io: CliIo,
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(overview(commands));
    return name === undefined ? EXIT.usage : EXIT.done;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Onbekende opdracht: ${name}\n\n${overview(commands)}`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.usage);
    return EXIT.done;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    if (
      error instanceof RefusedError ||
      error instanceof ConfigError ||
      error instanceof UserError
    ) {
      io.err(error.message);
      return EXIT.failed;
    }
    io.err(`De opdracht ${name} is mislukt: ${describeFailure(error)}`);
    return EXIT.failed;
  }
}
