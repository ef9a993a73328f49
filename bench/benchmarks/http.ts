// The pages that exist, under load (issue: national scale): latency
// percentiles with one client and with 20 at once, beside /healthz (the same
// server, framework and database round trip, without the page's work). An
// answer of megabytes is set beside the same bytes from a bare server
// instead: there the transfer is the time, and /healthz says nothing of it.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { municipalitySlug } from "../../app/slugs";
import { createAccount } from "../../db/queries/users.server";
import { scaleEditionParams } from "../../seeds/scale";
import { logIn, peakMemoryOf, resetPeakMemory, startAppServer } from "../app-server";
import { withDatabase } from "../databases";
import { scaleOf } from "../sizes";
import { quantile } from "../timing";
import type { BenchEnv, Benchmark, Case, Measured, StepContext, Target } from "../types";

/** Who asks: an administrator sees every edition; a municipality user reads behind row-level security. */
const ACCOUNTS = {
  admin: "benchmark@example.nl",
  municipality: "benchmark-gemeente@example.nl",
} as const;
type Asker = keyof typeof ACCOUNTS;

/** One client, and 20 at once; the quick run only the latter. */
const concurrency = (env: BenchEnv) => (env.quick ? [20] : [1, 20]);

interface Page {
  id: string;
  /** An administrator unless said otherwise. */
  as?: Asker;
  path: (env: BenchEnv) => string;
  title: string;
  /** Requests per run: pages that take long get fewer. */
  requests: { alone: number; loaded: number };
  /** The baseline: /healthz, or the same answer's bytes from a bare server. */
  baseline?: "healthz" | "same-bytes";
}

function firstMunicipality(env: BenchEnv): string {
  const first = scaleEditionParams(scaleOf(env)).next();
  if (first.done) throw new Error("the benchmark data has no editions");
  return first.value.municipality;
}

/** The first municipality's latest edition: a page with a previous edition to compare. */
function latestEditionOfFirstMunicipality(env: BenchEnv): string {
  const municipality = firstMunicipality(env);
  let latest: string | undefined;
  for (const edition of scaleEditionParams(scaleOf(env))) {
    if (edition.municipality !== municipality) break;
    latest = edition.editionId;
  }
  return latest as string;
}

// The heaviest page last: should it bring the server down, the others are measured.
const PAGES: readonly Page[] = [
  {
    id: "api-metrics-municipality",
    path: (env) => `/api/metrics?municipality=${encodeURIComponent(firstMunicipality(env))}`,
    title: "GET /api/metrics?municipality=… (one municipality's editions)",
    requests: { alone: 30, loaded: 200 },
  },
  {
    id: "municipality-page",
    path: (env) => `/gemeenten/${municipalitySlug(firstMunicipality(env))}`,
    title: "GET /gemeenten/… (one municipality over the years, with the others as benchmark)",
    requests: { alone: 30, loaded: 200 },
  },
  {
    id: "edition-page",
    path: (env) => `/edities/${latestEditionOfFirstMunicipality(env)}`,
    title: "GET /edities/… (one edition with all its figures and charts)",
    requests: { alone: 30, loaded: 200 },
  },
  {
    id: "api-metrics-all",
    path: () => "/api/metrics",
    title: "GET /api/metrics (every edition, no filter)",
    requests: { alone: 10, loaded: 60 },
    baseline: "same-bytes",
  },
  {
    id: "overview-municipality-user",
    as: "municipality",
    path: () => "/",
    title: "GET / as a municipality user (its own editions, behind row-level security)",
    requests: { alone: 30, loaded: 200 },
  },
  {
    id: "overview",
    path: () => "/",
    title: "GET / (overview of every edition)",
    requests: { alone: 10, loaded: 60 },
  },
];

interface LoadResult {
  latencies: number[];
  errors: number;
  /** Bytes received per answer, headers included, on average. */
  bytesPerAnswer: number;
}

function load(
  url: string,
  cookie: string,
  connections: number,
  amount: number,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    // As a browser or an HTTP library asks: compressed answers welcome.
    const headers = { cookie, "accept-encoding": "gzip, deflate, br" };
    const options = { url, connections, amount, timeout: 60, headers };
    const instance = autocannon(options, (error, result) => {
      if (error) reject(error);
      else
        resolve({
          latencies,
          errors: result.errors + result.non2xx,
          bytesPerAnswer: result.throughput.total / Math.max(1, latencies.length),
        });
    });
    instance.on("response", (_client, _status, _bytes, milliseconds) => {
      latencies.push(milliseconds);
    });
  });
}

/** `176 kB`, `3.5 MB` */
function sizeText(bytes: number): string {
  return bytes < 1e6 ? `${Math.round(bytes / 1e3)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** p95 in ms; p50, the errors and the size of an answer in the note. */
function percentiles({ latencies, errors, bytesPerAnswer }: LoadResult): Measured {
  const p95 = quantile(latencies, 0.95);
  return {
    value: p95,
    seconds: p95 / 1000,
    errors,
    note: `p50 ${quantile(latencies, 0.5).toFixed(0)} ms; ${errors} errors; ${sizeText(bytesPerAnswer)} per answer`,
  };
}

/** What one load run asks: which page, with how many clients at once, how many times, as whom. */
interface LoadRun {
  pagePath: string;
  connections: number;
  amount: number;
  as?: Asker;
}

/**
 * The percentiles of `pagePath` on the app server, and the server's own peak
 * memory. The one-client run first asks once alone and notes that time
 * apart: the first request of a page after a start or an import computes its
 * figures, once, and would otherwise be the p95 of a short run. Under 20
 * clients the page is warm.
 */
async function measureLoad(
  ctx: StepContext,
  { pagePath, connections, amount, as = "admin" }: LoadRun,
): Promise<Measured> {
  const pid = Number(ctx.env.extra.serverPid);
  await resetPeakMemory(pid);
  const { url } = ctx.env.extra;
  const cookie = ctx.env.extra[`cookie-${as}`] ?? "";
  const first = connections === 1 ? await load(`${url}${pagePath}`, cookie, 1, 1) : undefined;
  const result = await load(`${url}${pagePath}`, cookie, connections, amount);
  if (result.latencies.length === 0) {
    const alive = (await peakMemoryOf(pid)) !== undefined;
    throw new Error(`no request was answered${alive ? "" : ": the app server has stopped"}`);
  }
  const measured = percentiles(result);
  if (!first) return { ...measured, peakBytes: await peakMemoryOf(pid) };
  return {
    ...measured,
    errors: (measured.errors ?? 0) + first.errors,
    note: `first request ${(first.latencies[0] ?? Number.NaN).toFixed(0)} ms (computes the figures; not in the percentiles); ${measured.note}`,
    peakBytes: await peakMemoryOf(pid),
  };
}

/** The answer's bytes as they travel (compressed, as asked for) and the headers that describe them. */
function rawAnswer(
  url: string,
  cookie: string,
): Promise<{ body: Buffer; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const asked = httpRequest(url, { headers: { cookie, "accept-encoding": "gzip, deflate, br" } });
    asked.on("error", reject);
    asked.on("response", (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${url} answered ${response.statusCode}, not the answer to measure`));
        return;
      }
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const headers: Record<string, string> = {};
        for (const name of ["content-type", "content-encoding", "vary", "cache-control"]) {
          const value = response.headers[name];
          if (typeof value === "string") headers[name] = value;
        }
        resolve({ body: Buffer.concat(chunks), headers });
      });
    });
    asked.end();
  });
}

/** bench/raw-answer-server.ts answering with `file` and `headers`; resolves with its address. */
async function startRawServer(
  file: string,
  headers: Record<string, string>,
): Promise<{ url: string; server: ChildProcess }> {
  const script = path.resolve(import.meta.dirname, "../raw-answer-server.ts");
  const server = spawn(
    process.execPath,
    ["--import", "tsx", script, file, JSON.stringify(headers)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  // Its first line is its port; a server that stops first never says one.
  const said = await Promise.race([
    once(server.stdout as NodeJS.ReadableStream, "data").then(([line]) => String(line)),
    once(server, "exit").then(() => ""),
  ]);
  const port = Number(said.trim());
  if (!port) {
    await stopProcess(server);
    throw new Error("the raw answer server did not start");
  }
  return { url: `http://127.0.0.1:${port}/`, server };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill();
  await exited;
}

/**
 * The same answer, byte for byte, from a bare node:http server in a process
 * of its own, under the same load: what moving these bytes to these clients
 * costs on this machine, whatever computed them.
 */
async function measureSameBytes(
  ctx: StepContext,
  { pagePath, connections, amount, as = "admin" }: LoadRun,
): Promise<Measured> {
  const cookie = ctx.env.extra[`cookie-${as}`] ?? "";
  const { body, headers } = await rawAnswer(`${ctx.env.extra.url}${pagePath}`, cookie);
  const file = pathOfAnswer(ctx.env);
  await writeFile(file, body);
  const { url, server } = await startRawServer(file, headers);
  try {
    return percentiles(await load(url, "", connections, amount));
  } finally {
    await stopProcess(server);
  }
}

const pathOfAnswer = (env: BenchEnv) =>
  path.join(env.workDir, `raw-answer-${env.engine}-${env.fraction}.bin`);

const PAGE_TARGET: Target = {
  text: "p95 < 300 ms, no errors",
  met: (c) => c.value < 300 && c.errors === 0,
};

function pageCase(env: BenchEnv, page: Page, connections: number): Case {
  const scale = env.quick ? 0.2 : 1;
  const amount = Math.max(
    connections,
    Math.round((connections === 1 ? page.requests.alone : page.requests.loaded) * scale),
  );
  const run = { connections, amount, as: page.as };
  return {
    id: `http-${page.id}-c${connections}`,
    title: `${page.title}, p95, ${connections === 1 ? "one client" : `${connections} clients at once`}`,
    size: `${amount} requests`,
    unit: "ms",
    baselineTitle:
      page.baseline === "same-bytes"
        ? "the same answer's bytes from a bare node:http server, the same way"
        : "GET /healthz the same way",
    // Issue 5's target is per page. A bulk answer (megabytes) takes as long
    // as its bytes take to send: the bare server sending the same bytes
    // misses 300 ms itself, so its ratio to that server is what tells.
    target: page.baseline === "same-bytes" ? undefined : PAGE_TARGET,
    figure: (ctx) => measureLoad(ctx, { ...run, pagePath: page.path(env) }),
    baseline: (ctx) =>
      page.baseline === "same-bytes"
        ? measureSameBytes(ctx, { ...run, pagePath: page.path(env) })
        : measureLoad(ctx, { ...run, pagePath: "/healthz" }),
  };
}

export const httpBenchmark: Benchmark = {
  id: "http",
  engines: ["postgres", "pglite"],
  cases: (env) => PAGES.flatMap((page) => concurrency(env).map((c) => pageCase(env, page, c))),
  setup: async (env) => {
    // Every page asks for a login.
    const password = randomBytes(18).toString("base64url");
    await withDatabase(env, async (db) => {
      for (const role of Object.keys(ACCOUNTS) as Asker[]) {
        await createAccount(db, {
          email: ACCOUNTS[role],
          name: `Benchmark ${role}`,
          role,
          password,
          municipalities: role === "municipality" ? [firstMunicipality(env)] : [],
        });
      }
    });
    const server = await startAppServer(env);
    try {
      const extra: Record<string, string> = { url: server.url, serverPid: String(server.pid) };
      for (const role of Object.keys(ACCOUNTS) as Asker[])
        extra[`cookie-${role}`] = await logIn(server.url, ACCOUNTS[role], password);
      return { extra, stop: server.stop };
    } catch (error) {
      await server.stop();
      throw error;
    }
  },
};
