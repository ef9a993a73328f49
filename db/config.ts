// Configuration from the environment, validated once at start-up so that a
// wrong setting stops the program with a message that says what to set.
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";
import { type MessageKey, type MessageValues, nl, translator } from "../core/i18n/messages";
import { UserError } from "../core/i18n/user-error";
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, MB } from "../core/import-limits";
import type { Language } from "../core/language";
import { type FunderTable, parseFunders } from "../core/open-data";

/** The start of every 360Giving identifier, unless IMPACT_360_PREFIX says otherwise. */
export const DEFAULT_GRANT_ID_PREFIX = "360G-socimpact";

// A message of the schema is a dictionary key, translated when the error is
// shown; `{what}` of a count comes from the variable (WHAT below).
function positive() {
  return z.coerce
    .number({ message: "problem.config.number" })
    .int({ message: "problem.config.integer" })
    .positive({ message: "problem.config.positive" });
}

/** What a count variable counts, for "must be {what}". */
const WHAT: Record<string, MessageKey> = {
  IMPACT_WORKERS: "problem.config.processes",
  IMPACT_MAX_UPLOAD_MB: "problem.config.megabytes",
  IMPACT_MAX_UNPACKED_MB: "problem.config.megabytes",
  IMPACT_MAX_ROWS: "problem.config.rows",
  IMPACT_RETENTION_YEARS: "problem.config.years",
};

/** The product's address when IMPACT_PUBLIC_URL does not give one: the local server. */
export const DEFAULT_PUBLIC_URL = "http://localhost:3000";

/** Personal data of an edition is kept this many years after the edition's year (decision 023). */
export const DEFAULT_RETENTION_YEARS = 7;

const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, {
      message: "problem.config.databaseUrl",
    })
    .optional(),
  IMPACT_DATA_DIR: z.string().trim().min(1).default(".data"),
  PORT: z.coerce
    .number({ message: "problem.config.port" })
    .int({ message: "problem.config.portWhole" })
    .min(1, { message: "problem.config.portRange" })
    .max(65535, { message: "problem.config.portRange" })
    .default(3000),
  IMPACT_DEMO: z.enum(["0", "1"], { message: "problem.config.zeroOrOne" }).optional(),
  IMPACT_PREPARED_STATEMENTS: z
    .enum(["0", "1"], { message: "problem.config.zeroOrOne" })
    .optional(),
  IMPACT_WORKERS: positive().optional(),
  IMPACT_MAX_UPLOAD_MB: positive().default(DEFAULT_IMPORT_LIMITS.maxUploadBytes / MB),
  IMPACT_MAX_UNPACKED_MB: positive().default(DEFAULT_IMPORT_LIMITS.maxUnpackedBytes / MB),
  IMPACT_MAX_ROWS: positive().default(DEFAULT_IMPORT_LIMITS.maxRows),
  IMPACT_RETENTION_YEARS: positive().default(DEFAULT_RETENTION_YEARS),
  // Not trimmed: a key is used exactly as given.
  IMPACT_SECRET: z.string().min(32, { message: "problem.config.secret" }).optional(),
  IMPACT_360_PREFIX: z
    .string()
    .trim()
    .regex(/^360G-[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/, {
      message: "problem.config.grantPrefix",
    })
    .default(DEFAULT_GRANT_ID_PREFIX),
  IMPACT_360_FUNDERS: z
    .string()
    .refine((text) => parseFunders(text) !== null, { message: "problem.config.funders" })
    .optional(),
  IMPACT_360_DATA_SOURCE: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/, { message: "problem.config.dataSource" })
    .optional(),
  // Where the public pages are reached from outside: the start of a follow-up link.
  IMPACT_PUBLIC_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: "problem.config.dataSource" })
    .default(DEFAULT_PUBLIC_URL),
  // An SMTP URL may carry a user and password: never logged.
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/\S+$/, { message: "problem.config.smtpUrl" })
    .optional(),
  SMTP_FROM: z
    .string()
    .trim()
    .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/, { message: "problem.config.smtpFrom" })
    .optional(),
});

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | {
      kind: "postgres";
      connectionString: string;
      /** Keep repeated statements prepared (decision 032); off behind a pooler that cannot. */
      preparedStatements: boolean;
    };

export interface Config {
  database: DatabaseTarget;
  port: number;
  /** Load the demo data into an empty database at start-up. */
  demoOnStart: boolean;
  importLimits: ImportLimits;
  /** Key of the research pseudonyms; null: generated once and kept in the database. */
  pseudonymSecret: string | null;
  /** Start of every identifier in the 360Giving export. */
  grantIdPrefix: string;
  /** Per municipality its CBS code and KvK number, for the 360Giving funders (IMPACT_360_FUNDERS). */
  funders: FunderTable;
  /** Where the 360Giving data is published (IMPACT_360_DATA_SOURCE); null: not said. */
  dataSource: string | null;
  /** Web server processes sharing the port (PostgreSQL only: PGlite lives in one process). */
  workers: number;
  /** Years after an edition's year that its personal data is kept (IMPACT_RETENTION_YEARS). */
  retentionYears: number;
  /** Where e-mail goes out (SMTP_URL) and whom it is from (SMTP_FROM); null: no e-mail. */
  mail: MailConfig | null;
  /** The product's public address, without a trailing slash (IMPACT_PUBLIC_URL). */
  publicUrl: string;
}

export interface MailConfig {
  url: string;
  from: string;
}

/** A variable with a wrong value, and what is wrong in a dictionary key (or as zod says it). */
export interface ConfigProblem {
  variable: string;
  message: string;
  values?: MessageValues;
}

function problemLines(problems: readonly ConfigProblem[], language: Language): string {
  const t = translator(language);
  return problems
    .map(({ variable, message, values }) => {
      if (!Object.hasOwn(nl, message)) return `- ${variable} ${message}`;
      const what = WHAT[variable];
      const text = t(message as MessageKey, { ...(what ? { what: t(what) } : {}), ...values });
      return `- ${variable} ${text}`;
    })
    .join("\n");
}

/** Wrong settings, one line per variable, in the reader's language with `.in(language)`. */
export class ConfigError extends UserError {
  override name = "ConfigError";
  constructor(readonly problems: readonly ConfigProblem[]) {
    super("problem.config", { lines: problemLines(problems, "nl") });
  }

  override in(language: Language): string {
    return translator(language)("problem.config", { lines: problemLines(this.problems, language) });
  }
}

/** Reads the configuration; an empty variable counts as not set. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Config {
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = configSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: issue.path.join("."),
        message: issue.message,
      })),
    );
  }
  const values = parsed.data;
  if (values.SMTP_URL && !values.SMTP_FROM) {
    throw new ConfigError([{ variable: "SMTP_FROM", message: "problem.config.smtpFromMissing" }]);
  }
  const database: DatabaseTarget = values.DATABASE_URL
    ? {
        kind: "postgres",
        connectionString: values.DATABASE_URL,
        preparedStatements: values.IMPACT_PREPARED_STATEMENTS !== "0",
      }
    : { kind: "pglite", dataDir: path.resolve(cwd, values.IMPACT_DATA_DIR) };
  return {
    database,
    port: values.PORT,
    // A real server is somebody's production database: no demo data there
    // unless asked for. The embedded database is for trying the product.
    demoOnStart: values.IMPACT_DEMO ? values.IMPACT_DEMO === "1" : database.kind === "pglite",
    importLimits: {
      ...DEFAULT_IMPORT_LIMITS,
      maxUploadBytes: values.IMPACT_MAX_UPLOAD_MB * MB,
      maxUnpackedBytes: values.IMPACT_MAX_UNPACKED_MB * MB,
      maxRows: values.IMPACT_MAX_ROWS,
    },
    pseudonymSecret: values.IMPACT_SECRET ?? null,
    grantIdPrefix: values.IMPACT_360_PREFIX,
    funders: parseFunders(values.IMPACT_360_FUNDERS ?? "") ?? new Map(),
    dataSource: values.IMPACT_360_DATA_SOURCE ?? null,
    workers: webWorkers(database, values.IMPACT_WORKERS),
    retentionYears: values.IMPACT_RETENTION_YEARS,
    mail:
      values.SMTP_URL && values.SMTP_FROM ? { url: values.SMTP_URL, from: values.SMTP_FROM } : null,
    publicUrl: values.IMPACT_PUBLIC_URL.replace(/\/+$/, ""),
  };
}

/** At most this many by default: each keeps a pool of up to 10 connections, and PostgreSQL allows 100. */
const DEFAULT_MAX_WORKERS = 4;

/**
 * One process per core on PostgreSQL (at most 4 unless asked), where the
 * processes share nothing but the database; PGlite is a database inside one
 * process, so one.
 */
function webWorkers(database: DatabaseTarget, asked: number | undefined): number {
  if (database.kind === "pglite") {
    if (asked !== undefined && asked > 1)
      throw new ConfigError([
        { variable: "IMPACT_WORKERS", message: "problem.config.workersEmbedded" },
      ]);
    return 1;
  }
  return asked ?? Math.min(availableParallelism(), DEFAULT_MAX_WORKERS);
}
