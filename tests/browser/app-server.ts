// Starts the built app as `impact serve` would run it in production, on a
// free port, and stops it again.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface RunningApp {
  url: string;
  port: number;
  /** The app's process id. */
  pid: number;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app stopped (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not become healthy in time:\n${log()}`);
}

/**
 * Runs the app on an empty database: PGlite in a fresh folder, or
 * `databaseUrl`; or on the embedded folder `dataDir`, which stays when the app stops.
 */
export async function startApp(
  databaseUrl?: string,
  options: { dataDir?: string } = {},
): Promise<RunningApp> {
  if (!existsSync(path.join(root, "build/index.js"))) {
    throw new Error("No build: run `npm run build` before the browser tests.");
  }
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "impact-browser-")));
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "bin/impact.ts", "serve"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      IMPACT_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? "",
      IMPACT_DEMO: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  return {
    url,
    port,
    pid: child.pid ?? 0,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Logs in over HTTP as a browser form would (with Origin), and returns the session cookie. */
export async function sessionCookie(
  app: RunningApp,
  email: string,
  password: string,
): Promise<string> {
  const response = await fetch(`${app.url}/inloggen`, {
    method: "POST",
    body: new URLSearchParams({ email, wachtwoord: password, terug: "/" }),
    headers: { Origin: app.url },
    redirect: "manual",
  });
  const cookie = response.headers.get("Set-Cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie)
    throw new Error(`login as ${email} failed: ${response.status}`);
  return cookie;
}

/** Runs the command line on the embedded folder `dataDir`, which no app may have open. */
export async function impact(dataDir: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "bin/impact.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", IMPACT_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  const [code] = await once(child, "exit");
  return { code, out, err };
}

/**
 * An embedded folder with the demo data and one personal follow-up link,
 * made as Buro Bries would, on the command line (a token is shown only when
 * it is made, so the app cannot give one later). Returns the folder, for
 * startApp, and the path of the link's form.
 */
export async function demoFolderWithFollowupLink(
  editionId: string,
  months: number,
): Promise<{ dataDir: string; followupPath: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "impact-browser-"));
  const file = path.join(dataDir, "links.csv");
  for (const args of [
    ["seed", "demo"],
    ["followup", "links", editionId, "--moment", String(months), "--out", file],
  ]) {
    const { code, err } = await impact(dataDir, args);
    if (code !== 0) throw new Error(`impact ${args.join(" ")} failed (${code}):\n${err}`);
  }
  const followupPath = /\/opvolging\/[\w-]+/.exec(await readFile(file, "utf8"))?.[0];
  if (!followupPath) throw new Error(`no follow-up link of ${editionId} in ${file}`);
  await rm(file);
  return { dataDir, followupPath };
}
