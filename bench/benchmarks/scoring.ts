// Assessors at work (issue 20): 20 assessors saving their scores at once on
// the national-scale database, as drafts and then as submissions (a
// submission is a one-row import: the rules, the history, the derived
// tables), beside GET /healthz asked the same way (the same server,
// framework and database round trip, without the work).
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { createAccount } from "../../db/queries/users.server";
import { assignEdition } from "../../import/scoring/assign.server";
import { logIn, peakMemoryOf, resetPeakMemory, startAppServer } from "../app-server";
import { withDatabase } from "../databases";
import { ask } from "../http-client";
import { quantile, timed } from "../timing";
import type { Benchmark, Measured, StepContext, Target } from "../types";

const ASSESSORS = 20;
const PER_PLAN = 3;
/** Draft saves per plan: an assessor saves a few times before submitting. */
const DRAFTS_PER_PLAN = 3;

const email = (i: number) => `beoordelaar-${i}@benchmark.nl`;

const TARGET: Target = {
  text: "p95 < 300 ms, no errors",
  met: (c) => c.value < 300 && c.errors === 0,
};

/** One assessor's plans (their form's address) and the score fields each form has. */
interface Desk {
  cookie: string;
  forms: { path: string; fields: string[] }[];
}

/** The plans on an assessor's list, and the score fields of each plan's form. */
async function deskOf(url: string, cookie: string): Promise<Desk> {
  const list = await (await fetch(`${url}/beoordelen`, { headers: { cookie } })).text();
  const paths = [...list.matchAll(/href="(\/beoordelen\/[^"/]+\/[^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  const forms = [];
  for (const path of paths) {
    const page = await (await fetch(`${url}${path}`, { headers: { cookie } })).text();
    const fields = [...page.matchAll(/name="(score_[^"]+)"/g)].map((m) => m[1] as string);
    forms.push({ path, fields });
  }
  return { cookie, forms };
}

/**
 * Every assessor at once, each posting its own plans one after another
 * (`rounds` times each); the latency of every answer. A save redirects
 * (303) to the page that shows it; an answer of 400 or more is an error.
 * Each assessor starts at another plan of their list, as people do: the
 * balanced assignment gives neighbouring assessors the same plans, and
 * going through them in one order, the three assessors of a plan submitted
 * it within milliseconds of each other every time, where a plan's score
 * makes them wait for each other (decision 032).
 */
async function everyoneAtOnce(
  ctx: StepContext,
  intent: "draft" | "submit",
  rounds: number,
): Promise<Measured> {
  const { url } = ctx.env.extra;
  const desks = JSON.parse(ctx.env.extra.desks ?? "[]") as Desk[];
  const pid = Number(ctx.env.extra.serverPid);
  await resetPeakMemory(pid);
  // The assessors' first posts arrive together, on a server that has not
  // yet run this write; the ones after come as answers free the assessors.
  // Both parts, apart, in the note (docs/performance.md).
  const firsts: number[] = [];
  const rest: number[] = [];
  let errors = 0;
  const { seconds } = await timed(() =>
    Promise.all(
      desks.map(async (desk, k) => {
        const start = Math.floor((k * desk.forms.length) / desks.length);
        const forms = [...desk.forms.slice(start), ...desk.forms.slice(0, start)];
        let first = true;
        for (let round = 0; round < rounds; round++) {
          for (const form of forms) {
            const body = new URLSearchParams({ intent, comment: "Benchmark" });
            for (const field of form.fields) body.set(field, String(1 + (round % 3)));
            const answer = await ask(`${url}${form.path}`, {
              form: body,
              headers: { cookie: desk.cookie, origin: url as string },
            });
            (first ? firsts : rest).push(answer.ms);
            first = false;
            if (answer.status >= 400) errors += 1;
          }
        }
      }),
    ),
  );
  const latencies = [...firsts, ...rest];
  if (latencies.length === 0) throw new Error("no assessor has a plan to score");
  const p95 = quantile(latencies, 0.95);
  return {
    value: p95,
    seconds,
    errors,
    peakBytes: await peakMemoryOf(pid),
    note: `${latencies.length} ${intent === "draft" ? "draft saves" : "submissions"}; p50 ${ms(quantile(latencies, 0.5))}; the ${firsts.length} first at once: p50 ${ms(quantile(firsts, 0.5))}, slowest ${ms(Math.max(...firsts))}; the rest: p95 ${rest.length > 0 ? ms(quantile(rest, 0.95)) : "–"}; ${errors} errors`,
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** GET /healthz by every assessor at once, as many times as they post. */
async function healthzAtOnce(ctx: StepContext, rounds: number): Promise<Measured> {
  const { url } = ctx.env.extra;
  const desks = JSON.parse(ctx.env.extra.desks ?? "[]") as Desk[];
  const latencies: number[] = [];
  let errors = 0;
  const { seconds } = await timed(() =>
    Promise.all(
      desks.map(async (desk) => {
        for (let i = 0; i < rounds * desk.forms.length; i++) {
          const answer = await ask(`${url}/healthz`);
          latencies.push(answer.ms);
          if (answer.status !== 200) errors += 1;
        }
      }),
    ),
  );
  return { value: quantile(latencies, 0.95), seconds, errors };
}

export const scoringBenchmark: Benchmark = {
  id: "scoring",
  engines: ["postgres"],
  cases: () => [
    {
      id: "scoring-drafts-c20",
      title: `Saving scores as drafts (POST /beoordelen/…), p95, ${ASSESSORS} assessors at once`,
      size: `${ASSESSORS} assessors, ${DRAFTS_PER_PLAN} saves per plan`,
      unit: "ms",
      baselineTitle: "GET /healthz the same way",
      target: TARGET,
      figure: (ctx) => everyoneAtOnce(ctx, "draft", DRAFTS_PER_PLAN),
      baseline: (ctx) => healthzAtOnce(ctx, DRAFTS_PER_PLAN),
    },
    {
      id: "scoring-submit-c20",
      title: `Submitting scores (a one-row import each), p95, ${ASSESSORS} assessors at once`,
      size: `${ASSESSORS} assessors, every plan once`,
      unit: "ms",
      baselineTitle: "GET /healthz the same way",
      target: TARGET,
      figure: (ctx) => everyoneAtOnce(ctx, "submit", 1),
      baseline: (ctx) => healthzAtOnce(ctx, 1),
    },
  ],
  setup: async (env) => {
    const password = randomBytes(18).toString("base64url");
    // The edition with the most plans: the largest assessment there is.
    const editionId = await withDatabase(env, async (db) => {
      for (let i = 0; i < ASSESSORS; i++) {
        await createAccount(db, {
          email: email(i),
          name: `Benchmark-beoordelaar ${i + 1}`,
          role: "assessor",
          password,
          municipalities: [],
        });
      }
      const { rows } = await sql<{ edition_id: string }>`select edition_id from applicants
        where plan_submitted group by edition_id order by count(*) desc, edition_id limit 1`.execute(
        db,
      );
      const largest = rows[0]?.edition_id;
      if (!largest) throw new Error("the benchmark data has no plans");
      await assignEdition(db, {
        editionId: largest,
        assessorEmails: Array.from({ length: ASSESSORS }, (_, i) => email(i)),
        perPlan: PER_PLAN,
        actor: { userId: null, name: "benchmark" },
      });
      return largest;
    });
    const server = await startAppServer(env);
    try {
      const desks: Desk[] = [];
      for (let i = 0; i < ASSESSORS; i++) {
        desks.push(await deskOf(server.url, await logIn(server.url, email(i), password)));
      }
      const extra = {
        url: server.url,
        serverPid: String(server.pid),
        edition: editionId,
        desks: JSON.stringify(desks),
      };
      return { extra, stop: server.stop };
    } catch (error) {
      await server.stop();
      throw error;
    }
  },
};
