// A fresh, migrated database for one test file, on the engine of the
// current project (TEST_DB: pglite or postgres).
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import {
  type Db,
  kyselyForPGlite,
  kyselyForPostgres,
  pgliteOptions,
} from "../../db/connection.server";
import { settleMetricParts } from "../../db/queries/metric-parts-rebuild.server";
import { databaseUrl } from "./postgres-url";

export type EngineKind = "pglite" | "postgres";

export interface TestDatabase {
  kind: EngineKind;
  db: Db;
  /** PostgreSQL only: the database's address, for a second connection (a second app server). */
  url?: string;
  /** Removes the database; the handle is unusable afterwards. */
  dispose: () => Promise<void>;
}

export function currentEngine(): EngineKind {
  return process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
}

let copies = 0;

/** Closes the database once the rebuilds that form writes left waiting are done. */
async function closeDb(db: Db): Promise<void> {
  await settleMetricParts(db);
  await db.destroy();
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (currentEngine() === "pglite") {
    const snapshot = await readFile(inject("pgliteSnapshot"));
    const pglite = await PGlite.create({ ...pgliteOptions, loadDataDir: new Blob([snapshot]) });
    const db = kyselyForPGlite(pglite);
    return { kind: "pglite", db, dispose: () => closeDb(db) };
  }
  const { adminUrl, template, prefix } = inject("postgresTemplate");
  const name = `${prefix}_${process.pid}_${++copies}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
  const db = kyselyForPostgres(url, 4);
  return {
    kind: "postgres",
    db,
    url,
    dispose: async () => {
      await closeDb(db);
      const cleaner = new pg.Client({ connectionString: adminUrl });
      await cleaner.connect();
      await cleaner.query(`drop database if exists "${name}" with (force)`);
      await cleaner.end();
    },
  };
}

/** One database for the whole file, created before and removed after it. */
export function useTestDatabase(): {
  readonly db: Db;
  readonly kind: EngineKind;
  readonly url: string | undefined;
} {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(async () => {
    await current?.dispose();
  });
  return {
    get db() {
      if (!current) throw new Error("the test database is not ready yet (use it inside a test)");
      return current.db;
    },
    get kind() {
      return currentEngine();
    },
    get url() {
      return current?.url;
    },
  };
}
