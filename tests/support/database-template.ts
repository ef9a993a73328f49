// Global setup of the database projects: builds one migrated database per
// run, which every test file then copies (PGlite: a data-folder snapshot;
// PostgreSQL: CREATE DATABASE ... TEMPLATE). Starting from a copy keeps each
// file isolated and the suite quick (a fresh PGlite takes seconds to start).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { kyselyForPGlite, kyselyForPostgres, pgliteOptions } from "../../db/connection.server";
import { migrateToLatest } from "../../db/migrate.server";
import { databaseUrl, type PostgresTemplate } from "./postgres-url";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: PostgresTemplate;
  }
}

async function preparePGlite(project: TestProject): Promise<() => Promise<void>> {
  const pglite = await PGlite.create(pgliteOptions);
  const db = kyselyForPGlite(pglite);
  await migrateToLatest(db);
  const snapshot = await pglite.dumpDataDir("none");
  await db.destroy();
  const folder = await mkdtemp(path.join(tmpdir(), "impact-test-"));
  const file = path.join(folder, "migrated.tar");
  await writeFile(file, Buffer.from(await snapshot.arrayBuffer()));
  project.provide("pgliteSnapshot", file);
  return () => rm(folder, { recursive: true, force: true });
}

async function preparePostgres(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const prefix = `impact_test_${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL=${adminUrl} does not answer: ${(error as Error).message}. Start PostgreSQL or unset TEST_DATABASE_URL.`,
    );
  }
  await admin.query(`create database "${template}"`);
  const db = kyselyForPostgres(databaseUrl(adminUrl, template), 1);
  await migrateToLatest(db);
  await db.destroy();
  project.provide("postgresTemplate", { adminUrl, template, prefix });
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.end();
  };
}

export default async function setup(project: TestProject) {
  return project.name === "postgres" ? preparePostgres(project) : preparePGlite(project);
}
