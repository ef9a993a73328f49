// The built web app as a separate process against the benchmark's database,
// as `impact serve` runs it in production.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import type { BenchEnv } from "./types";

const projectRoot = path.resolve(import.meta.dirname, "..");

export function hasBuild(): boolean {
  return existsSync(path.join(projectRoot, "build/index.js"));
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** The process environment with the benchmark's database, and no other. */
function serverEnv(env: BenchEnv, port: number): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const database =
    env.engine === "postgres" ? { DATABASE_URL: env.target } : { IMPACT_DATA_DIR: env.target };
  // As in production: React's development build is several times slower.
  // The retention period beyond every edition of the generated data: the
  // server's sweep at start would otherwise erase the older editions'
  // registrations while the pages are measured (and, on PGlite's one
  // connection, keep the server from answering until it is done).
  return {
    ...rest,
    ...database,
    PORT: String(port),
    IMPACT_DEMO: "0",
    NODE_ENV: "production",
    IMPACT_RETENTION_YEARS: "100",
  };
}

async function waitUntilHealthy(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app stopped with code ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) })).ok) return;
    } catch {
      // not listening yet, or not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the app did not answer /healthz within 2 minutes");
}

export interface AppServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** A session cookie of `email`, from the login form as a browser would post it. */
export async function logIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/inloggen`, {
    method: "POST",
    body: new URLSearchParams({ email, wachtwoord: password, terug: "/" }),
    // The app refuses a form posted from another site.
    headers: { origin: url },
    redirect: "manual",
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`logging in as ${email} failed (HTTP ${response.status})`);
  return cookie;
}

export async function startAppServer(env: BenchEnv): Promise<AppServer> {
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "bin/impact.ts", "serve"], {
    cwd: projectRoot,
    env: serverEnv(env, port),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  let stopping = false;
  // A server that dies under load is a result too: say so where it shows.
  server.once("exit", (code, signal) => {
    if (!stopping)
      console.error(`[bench] the app server stopped: ${signal ?? `exit code ${code}`}`);
  });
  try {
    await waitUntilHealthy(url, server);
  } catch (error) {
    server.kill();
    throw error;
  }
  return {
    url,
    pid: server.pid as number,
    stop: async () => {
      stopping = true;
      if (server.exitCode !== null || server.signalCode !== null) return;
      server.kill("SIGTERM");
      await once(server, "exit");
    },
  };
}

/** The process and its children (the web server's worker processes), Linux. */
async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  return [pid, ...children.split(" ").filter(Boolean).map(Number)];
}

/**
 * Peak resident memory so far (Linux), in bytes: of the process and its
 * worker processes together, as they run side by side.
 */
export async function peakMemoryOf(pid: number): Promise<number | undefined> {
  let total = 0;
  for (const one of await processTree(pid)) {
    const status = await readFile(`/proc/${one}/status`, "utf8").catch(() => "");
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    if (one === pid && !kilobytes) return undefined;
    total += Number(kilobytes ?? 0) * 1024;
  }
  return total;
}

/** Starts the peaks afresh (Linux), so each case sees its own. */
export async function resetPeakMemory(pid: number): Promise<void> {
  for (const one of await processTree(pid))
    await writeFile(`/proc/${one}/clear_refs`, "5").catch(() => {});
}
