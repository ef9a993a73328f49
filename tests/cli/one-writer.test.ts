// One embedded data folder, one writer (decision 019), with real processes
// on a real PGlite folder: a process holds it as the app does, and every
// command that would open it is refused, leaving the data as it was.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataFolder } from "../../db/connection.server";
import { folderOwner } from "../../db/data-folder-lock.server";

const root = path.resolve(import.meta.dirname, "../..");

interface Outcome {
  code: number | null;
  out: string;
  err: string;
}

/** `impact <args>` as a shell runs it, on the embedded folder `dir`. */
async function impact(dir: string, args: string[], input = ""): Promise<Outcome> {
  const child = spawn(process.execPath, ["--import", "tsx", "bin/impact.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", IMPACT_DATA_DIR: dir, PORT: "3999" },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr.on("data", (chunk) => {
    err += chunk;
  });
  child.stdin.end(input);
  const [code] = await once(child, "exit");
  return { code, out, err };
}

/** A process that holds `dir` as the app does (tests/support/hold-data-folder.ts). */
async function holder(dir: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "tests/support/hold-data-folder.ts")],
    { cwd: root, env: { ...process.env, DATABASE_URL: "", IMPACT_DATA_DIR: dir, ...env } },
  );
  let output = "";
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the holder stopped (${code}):\n${output}`)));
  });
  return child;
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill(signal);
  await exited;
}

/** What the folder holds: accounts and editions. */
async function contents(dir: string) {
  const { db } = await openDataFolder(dir);
  try {
    const users = await db.selectFrom("users").select("email").execute();
    const editions = await db.selectFrom("editions").select("edition_id").execute();
    return { users: users.map((u) => u.email), editions: editions.map((e) => e.edition_id) };
  } finally {
    await db.destroy();
  }
}

// Each step starts a TypeScript process and PGlite: seconds each, more on a busy machine.
describe("one embedded database, one writer", { timeout: 180_000 }, () => {
  let dir: string;
  let scratch: string;
  let app: ChildProcess | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "impact-one-writer-"));
    scratch = await mkdtemp(path.join(tmpdir(), "impact-one-writer-files-"));
  }, 120_000);

  afterAll(async () => {
    if (app) await stop(app);
    await rm(dir, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  });

  it("refuses an import, a reset, users add and a second serve while the app has the folder", async () => {
    app = await holder(dir, { HOLD_ACCOUNT: "houder@example.nl", HOLD_PORT: "3123" });
    const pid = app.pid;
    const file = path.join(scratch, "edities.csv");
    await writeFile(file, "editie_id,gemeente,jaar,budget_eur\nzwolle-2021,Zwolle,2021,40000\n");

    const refusals = await Promise.all([
      impact(dir, ["import", file]),
      impact(dir, ["reset", "--yes"]),
      impact(
        dir,
        ["users", "add", "--email", "nieuw@example.nl", "--name", "Nieuw", "--role", "admin"],
        "een ander lang wachtwoord\n",
      ),
      impact(dir, ["serve"]),
    ]);
    for (const result of refusals) {
      expect(result.code, result.err).toBe(1);
      expect(result.out).toBe("");
      expect(result.err.trim()).toBe(
        `De ingebouwde database in ${dir} is al open in de webapp (proces ${pid}, http://localhost:3123). ` +
          "Eén proces tegelijk mag hem openen, dus er is niets gedaan en niets gewijzigd. " +
          "Doe het via de webpagina op http://localhost:3123, of stop eerst de app " +
          `(Ctrl+C in zijn terminal, of kill ${pid}) en probeer het dan opnieuw.`,
      );
    }
    expect(folderOwner(dir)?.pid).toBe(pid);

    await stop(app);
    expect(folderOwner(dir)).toBeNull();
    expect(await contents(dir)).toEqual({ users: ["houder@example.nl"], editions: [] });
  });

  it("names a command that holds the folder, without a port", async () => {
    app = await holder(dir);
    const result = await impact(dir, ["imports", "list"]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `is al open in een ander proces (proces ${app.pid}: hold-data-folder.ts)`,
    );
    await stop(app);
  });

  it("does not let a process killed with kill -9 block the next open", async () => {
    app = await holder(dir);
    await stop(app, "SIGKILL");
    // Its lock file is still there, naming a process that is gone.
    expect(folderOwner(dir)).toBeNull();
    expect(await contents(dir)).toEqual({ users: ["houder@example.nl"], editions: [] });
  });
});

describe("processes racing for a free or stale lock", { timeout: 120_000 }, () => {
  it("lets exactly one win each time", async () => {
    const dirs: string[] = [];
    const contenders = Array.from({ length: 4 }, () =>
      spawn(
        process.execPath,
        ["--import", "tsx", path.join(root, "tests/support/race-for-lock.ts")],
        {
          cwd: root,
        },
      ),
    );
    const lines = contenders.map((child) => {
      const queue: string[] = [];
      const waiting: ((line: string) => void)[] = [];
      let partial = "";
      child.stdout.on("data", (chunk) => {
        partial += chunk;
        const parts = partial.split("\n");
        partial = parts.pop() ?? "";
        for (const line of parts) {
          const next = waiting.shift();
          if (next) next(line);
          else queue.push(line);
        }
      });
      return () =>
        new Promise<string>((resolve) => {
          const line = queue.shift();
          if (line !== undefined) resolve(line);
          else waiting.push(resolve);
        });
    });
    try {
      for (const next of lines) expect(await next()).toBe("ready");
      for (let round = 0; round < 8; round++) {
        const dir = await mkdtemp(path.join(tmpdir(), "impact-race-"));
        dirs.push(dir);
        if (round % 2 === 1) {
          // A lock left by a process that is gone: all race to take it over.
          await writeFile(
            path.join(dir, "impact.lock.4"),
            JSON.stringify({
              pid: 2 ** 22 + 1,
              started: "1",
              boot: null,
              host: hostname(),
              command: "x",
              since: "",
            }),
          );
        }
        for (const child of contenders) child.stdin.write(`go ${dir}\n`);
        const results = await Promise.all(lines.map((next) => next()));
        expect(
          results.filter((r) => r === "won"),
          results.join(", "),
        ).toHaveLength(1);
        expect(results.filter((r) => r === "refused DataFolderHeldError")).toHaveLength(3);
        const winner = results.indexOf("won");
        contenders[winner]?.stdin.write("release\n");
        expect(await lines[winner]?.()).toBe("released");
        expect(folderOwner(dir)).toBeNull();
      }
    } finally {
      for (const child of contenders) child.stdin.end();
      await Promise.all(contenders.map((child) => once(child, "exit")));
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    }
  });
});
