// The throwaway databases the benchmarks run on: a database of its own on
// the PostgreSQL server (dropped afterwards), or a PGlite data folder in the
// run's scratch folder.
import { rm } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Db, kyselyForPostgres, openDataFolder } from "../db/connection.server";
import { databaseUrl } from "../tests/support/postgres-url";
import type { BenchEnv, Engine } from "./types";

export const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** BENCH_DATABASE_URL, else DATABASE_URL, else the local server. */
export function postgresServerUrl(): string {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_POSTGRES_URL;
}

export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function admin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  /** What BenchEnv.target holds: a URL or a folder. */
  target: string;
  drop: () => Promise<void>;
}

/** An empty database; its schema comes with the seed. */
export async function createBenchDatabase(
  engine: Engine,
  serverUrl: string,
  workDir: string,
  label: string,
): Promise<BenchDatabase> {
  if (engine === "pglite") {
    const folder = path.join(workDir, `pglite-${label}`);
    await rm(folder, { recursive: true, force: true });
    return { target: folder, drop: () => rm(folder, { recursive: true, force: true }) };
  }
  const name = `impact_bench_${process.pid}`;
  const drop = () =>
    admin(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
  await drop();
  await admin(serverUrl, (client) => client.query(`create database "${name}"`));
  return { target: databaseUrl(serverUrl, name), drop: async () => void (await drop()) };
}

export interface OpenDatabase {
  db: Db;
  /** Set for PGlite: the instance behind `db`. */
  pglite?: PGlite;
}

export async function openBenchDatabase(env: BenchEnv): Promise<OpenDatabase> {
  if (env.engine === "postgres") return { db: kyselyForPostgres(env.target, 4) };
  // As the app opens it: one process at a time (decision 019); PGlite is
  // loaded only there, so it weighs only on PGlite steps' peak memory.
  return openDataFolder(env.target);
}

/** Opens the environment's database for `work` and closes it again (PGlite allows one user). */
export async function withDatabase<T>(env: BenchEnv, work: (db: Db) => Promise<T>): Promise<T> {
  const { db } = await openBenchDatabase(env);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
