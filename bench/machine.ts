// What the numbers were measured on: the machine, the software and the commit.
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const projectRoot = path.resolve(import.meta.dirname, "..");

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string | null;
  pglite: string;
}

async function postgresVersion(url: string | null): Promise<string | null> {
  if (!url) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("show server_version");
    return rows[0]?.server_version ?? null;
  } finally {
    await client.end();
  }
}

async function packageVersion(name: string): Promise<string> {
  const file = path.join(projectRoot, "node_modules", name, "package.json");
  return (JSON.parse(await readFile(file, "utf8")) as { version: string }).version;
}

export async function describeMachine(postgresUrl: string | null): Promise<Machine> {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: await postgresVersion(postgresUrl),
    pglite: await packageVersion("@electric-sql/pglite"),
  };
}

/**
 * The checked-out commit, read from .git itself (HEAD, then the ref it names,
 * loose or packed); "unknown" outside a clone.
 */
export async function currentCommit(): Promise<string> {
  const git = path.join(projectRoot, ".git");
  const read = (file: string) => readFile(path.join(git, file), "utf8").catch(() => "");
  const head = (await read("HEAD")).trim();
  const ref = /^ref: (.+)$/.exec(head)?.[1];
  if (!ref) return head || "unknown";
  const loose = (await read(ref)).trim();
  if (loose) return loose;
  const packed = (await read("packed-refs")).split("\n").find((line) => line.endsWith(` ${ref}`));
  return packed?.split(" ")[0] ?? "unknown";
}
