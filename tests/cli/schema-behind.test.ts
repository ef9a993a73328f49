// Issue 18: on PostgreSQL a command does not change the schema on its own
// (somebody's server); it says to run `impact migrate`, and `migrate` does.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "../support/postgres-url";

const root = path.resolve(import.meta.dirname, "../..");
const adminUrl = process.env.TEST_DATABASE_URL;
const database = `impact_behind_${process.pid}`;

function impact(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "bin/impact.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe.skipIf(!adminUrl)(
  "a command on a PostgreSQL database behind",
  { timeout: 120_000 },
  () => {
    beforeAll(() => admin(`create database "${database}"`));
    afterAll(() => admin(`drop database if exists "${database}" with (force)`));

    it("refuses and says to migrate, in Dutch and in English, and migrate helps", () => {
      const env = { DATABASE_URL: databaseUrl(adminUrl ?? "", database) };
      const dutch = impact(["metrics"], env);
      expect(dutch.code).toBe(1);
      expect(dutch.err.trim()).toBe(
        "Het schema van de PostgreSQL-database loopt achter op deze versie. Draai eerst `impact migrate` (of start de app, die dat vanzelf doet).",
      );
      const english = impact(["metrics", "--lang", "en"], env);
      expect(english.code).toBe(1);
      expect(english.err).toContain("Run `impact migrate` first");
      expect(impact(["migrate"], env).code).toBe(0);
      const after = impact(["metrics", "--json"], env);
      expect(after.code, after.err).toBe(0);
      expect(JSON.parse(after.out)).toHaveProperty("editions");
    });
  },
);
