// Configuration from the environment, validated once at start-up so that a
// wrong setting stops the program with a message that says what to set.
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, MB } from "../core/import-limits";

/** The start of every 360Giving identifier, unless IMPACT_360_PREFIX says otherwise. */
export const DEFAULT_GRANT_ID_PREFIX = "360G-socimpact";

function positive(what: string) {
  return z.coerce
    .number({ message: `moet ${what} zijn` })
    .int({ message: `moet ${what} zijn (een geheel getal)` })
    .positive({ message: `moet ${what} groter dan 0 zijn` });
}

const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, {
      message:
        "moet een PostgreSQL-adres zijn, zoals postgres://gebruiker@localhost:5432/impact (of laat het weg voor de ingebouwde database)",
    })
    .optional(),
  IMPACT_DATA_DIR: z.string().trim().min(1).default(".data"),
  PORT: z.coerce
    .number({ message: "moet een poortnummer zijn" })
    .int({ message: "moet een geheel poortnummer zijn" })
    .min(1, { message: "moet tussen 1 en 65535 liggen" })
    .max(65535, { message: "moet tussen 1 en 65535 liggen" })
    .default(3000),
  IMPACT_DEMO: z.enum(["0", "1"], { message: "moet 0 of 1 zijn" }).optional(),
  IMPACT_WORKERS: positive("een aantal processen").optional(),
  IMPACT_MAX_UPLOAD_MB: positive("een aantal megabytes").default(
    DEFAULT_IMPORT_LIMITS.maxUploadBytes / MB,
  ),
  IMPACT_MAX_UNPACKED_MB: positive("een aantal megabytes").default(
    DEFAULT_IMPORT_LIMITS.maxUnpackedBytes / MB,
  ),
  IMPACT_MAX_ROWS: positive("een aantal rijen").default(DEFAULT_IMPORT_LIMITS.maxRows),
  // Not trimmed: a key is used exactly as given.
  IMPACT_SECRET: z
    .string()
    .min(32, {
      message: "moet minstens 32 tekens lang zijn, zoals de uitvoer van `openssl rand -hex 32`",
    })
    .optional(),
  IMPACT_360_PREFIX: z
    .string()
    .trim()
    .regex(/^360G-[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/, {
      message:
        "moet beginnen met 360G- gevolgd door letters, cijfers en streepjes, zoals 360G-socimpact",
    })
    .default(DEFAULT_GRANT_ID_PREFIX),
});

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; connectionString: string };

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
  /** Web server processes sharing the port (PostgreSQL only: PGlite lives in one process). */
  workers: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
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
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join(".")} ${issue.message}`);
    throw new ConfigError(
      `De configuratie klopt niet. Pas deze omgevingsvariabelen aan:\n${lines.join("\n")}`,
    );
  }
  const values = parsed.data;
  const database: DatabaseTarget = values.DATABASE_URL
    ? { kind: "postgres", connectionString: values.DATABASE_URL }
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
    workers: webWorkers(database, values.IMPACT_WORKERS),
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
      throw new ConfigError(
        "De configuratie klopt niet. Pas deze omgevingsvariabelen aan:\n- IMPACT_WORKERS kan alleen 1 zijn met de ingebouwde database (die draait in één proces); gebruik DATABASE_URL voor meer.",
      );
    return 1;
  }
  return asked ?? Math.min(availableParallelism(), DEFAULT_MAX_WORKERS);
}
