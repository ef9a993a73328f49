// A burst of follow-up answers (issue 19): every awarded initiative of one
// national-scale year answers its 12-month follow-up form (outcomes and the
// survey: one form write each) through the built app, 20 at once, beside
// GET /healthz asked the same way. The year's 12-month answers are removed
// first, so that every answer is a new row: the figure counts as errors any
// answer that did not leave exactly one outcome and one survey row.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "kysely";
import { SURVEY_MOMENT } from "../../core/followup";
import { refreshDerivedTables } from "../../db/queries/derived-tables.server";
import { awardsDay, issueFollowupLinks } from "../../db/queries/followup-links.server";
import { peakMemoryOf, resetPeakMemory, startAppServer } from "../app-server";
import { withDatabase } from "../databases";
import { ask } from "../http-client";
import { quantile, timed } from "../timing";
import type { Benchmark, Measured, StepContext, Target } from "../types";

const CLIENTS = 20;
/** The survey's moment: the form then asks the outcomes and the survey, the most a form writes. */
const MONTHS = SURVEY_MOMENT;

const TARGET: Target = {
  text: "p95 < 300 ms, no errors, every answer stored once",
  met: (c) => c.value < 300 && c.errors === 0,
};

/** An answer as a person types it in Dutch. */
const ANSWER = {
  active: "ja",
  revenue_eur: "18.000,50",
  jobs_fte: "1,5",
  jobs_distance_fte: "0,5",
  volunteers: "6",
  beneficiaries: "120",
  overall: "8",
  recommend: "9",
};

interface Invitation {
  edition: string;
  applicant: string;
  token: string;
}

async function invitations(ctx: StepContext): Promise<Invitation[]> {
  return JSON.parse(await readFile(ctx.env.extra.invitations as string, "utf8")) as Invitation[];
}

/** `work` for each item, CLIENTS at a time; the latency of each. */
async function atOnce<T>(items: readonly T[], work: (item: T) => Promise<boolean>) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const { seconds } = await timed(() =>
    Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < items.length) {
          const item = items[next++] as T;
          const started = performance.now();
          const ok = await work(item);
          latencies.push(performance.now() - started);
          if (!ok) errors += 1;
        }
      }),
    ),
  );
  return { latencies, errors, seconds };
}

/** The year's 12-month outcome and survey rows: the setup left none, so the answers wrote them. */
async function storedAnswers(ctx: StepContext, sent: readonly Invitation[]) {
  const db = await ctx.db();
  const editions = [...new Set(sent.map((s) => s.edition))];
  const { rows } = await sql<{ outcomes: number; surveys: number }>`select
      (select count(*) from outcomes where edition_id = any(${editions}::text[])
        and months = ${MONTHS})::int as outcomes,
      (select count(*) from surveys where edition_id = any(${editions}::text[]))::int as surveys`.execute(
    db,
  );
  return rows[0] ?? { outcomes: 0, surveys: 0 };
}

async function burst(ctx: StepContext): Promise<Measured> {
  const { url } = ctx.env.extra;
  const pid = Number(ctx.env.extra.serverPid);
  const sent = await invitations(ctx);
  await resetPeakMemory(pid);
  const { latencies, errors, seconds } = await atOnce(sent, async ({ token }) => {
    const answer = await ask(`${url}/opvolging/${token}`, {
      form: new URLSearchParams(ANSWER),
      headers: { origin: url as string },
    });
    // Stored: a redirect to the thank-you page; a refused answer is the form again (200).
    return answer.status === 303;
  });
  const stored = await storedAnswers(ctx, sent);
  const missing = Math.abs(stored.outcomes - sent.length) + Math.abs(stored.surveys - sent.length);
  return {
    value: quantile(latencies, 0.95),
    seconds,
    errors: errors + missing,
    peakBytes: await peakMemoryOf(pid),
    note: `${sent.length} answers; p50 ${quantile(latencies, 0.5).toFixed(0)} ms; stored ${stored.outcomes} outcomes and ${stored.surveys} survey rows; ${errors} refused`,
  };
}

async function healthz(ctx: StepContext): Promise<Measured> {
  const { url } = ctx.env.extra;
  const sent = await invitations(ctx);
  const { latencies, errors, seconds } = await atOnce(sent, async () => {
    const answer = await ask(`${url}/healthz`);
    return answer.status === 200;
  });
  return { value: quantile(latencies, 0.95), seconds, errors };
}

/**
 * The most recent year's editions: links for its awarded initiatives (the
 * comparison group gets links too, but is not in the burst), and none of its
 * 12-month answers left.
 */
async function prepareYear(env: Parameters<NonNullable<Benchmark["setup"]>>[0]) {
  return withDatabase(env, async (db) => {
    const { rows } = await sql<{ edition_id: string }>`select edition_id from editions
      where year = (select max(year) from editions e join awards w using (edition_id))
      order by edition_id`.execute(db);
    const editions = rows.map((r) => r.edition_id);
    await sql`delete from surveys where edition_id = any(${editions}::text[])`.execute(db);
    await sql`delete from outcomes where edition_id = any(${editions}::text[])
      and months = ${MONTHS}`.execute(db);
    await refreshDerivedTables(db, editions);
    const sent: Invitation[] = [];
    for (const edition of editions) {
      const day = await awardsDay(db, edition);
      if (day === null) continue;
      const awarded = new Set(
        (
          await db
            .selectFrom("awards")
            .select("applicant_id")
            .where("edition_id", "=", edition)
            .execute()
        ).map((a) => a.applicant_id),
      );
      for (const link of await issueFollowupLinks(db, edition, MONTHS, day)) {
        if (awarded.has(link.applicant_id)) {
          sent.push({ edition, applicant: link.applicant_id, token: link.token });
        }
      }
    }
    if (sent.length === 0) throw new Error("the benchmark data has no awarded initiative");
    return sent;
  });
}

export const followupBurstBenchmark: Benchmark = {
  id: "followup",
  engines: ["postgres"],
  cases: () => [
    {
      id: "followup-burst-c20",
      title: `Follow-up answers (POST /opvolging/…, outcomes and survey), p95, ${CLIENTS} at once`,
      size: "every awarded initiative of one year, one answer each",
      unit: "ms",
      baselineTitle: "GET /healthz the same way",
      target: TARGET,
      figure: burst,
      baseline: healthz,
    },
  ],
  setup: async (env) => {
    const sent = await prepareYear(env);
    const file = path.join(env.workDir, "followup-invitations.json");
    await writeFile(file, JSON.stringify(sent));
    const server = await startAppServer(env);
    return {
      extra: { url: server.url, serverPid: String(server.pid), invitations: file },
      stop: server.stop,
    };
  },
};
