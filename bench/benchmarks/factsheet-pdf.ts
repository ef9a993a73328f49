// Factsheet PDFs (issue #6), as the PDF route makes them: the edition's
// factsheet model, its HTML, and Chromium printing it. Cold: the first PDF
// of a process, launching the browser included. Warm: PDFs of different
// editions one after the other with the browser kept running, as the server
// does. Beside each, Chromium alone printing the same, already rendered HTML
// (setContent and pdf on one page): the ratio is our cost beyond Chromium's.
import type { Browser } from "playwright-core";
import { factsheetHtml } from "../../reports/factsheet/html.server";
import { loadFactsheet } from "../../reports/factsheet/model.server";
import {
  closePdfBrowser,
  htmlToPdf,
  launchChromium,
  PDF_OPTIONS,
} from "../../reports/factsheet/pdf.server";
import { SCALE_AS_OF, scaleEditionParams } from "../../seeds/scale";
import { scaleOf } from "../sizes";
import { median, quantile, timed } from "../timing";
import type { BenchEnv, Benchmark, Measured, StepContext } from "../types";

const AT = new Date(`${SCALE_AS_OF}T12:00:00Z`);

/** `count` editions spread over the whole dataset (the cache is not warm for each). */
function editionsOf(env: BenchEnv, count: number): string[] {
  const all = [...scaleEditionParams(scaleOf(env))].map((params) => params.editionId);
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % step === 0).slice(0, count);
}

/** PDFs in the warm case: enough for a p95 that is not the maximum of a handful. */
const warmCount = (env: BenchEnv) => (env.quick ? 5 : 40);

/** What the route does for one edition. */
async function factsheetPdf(ctx: StepContext, editionId: string): Promise<Buffer> {
  const model = await loadFactsheet(
    await ctx.db(),
    editionId,
    { language: "nl", audience: "internal" },
    AT,
  );
  if (!model) throw new Error(`the benchmark data has no edition ${editionId}`);
  return htmlToPdf(factsheetHtml(model));
}

async function htmlOf(ctx: StepContext, editionIds: readonly string[]): Promise<string[]> {
  const db = await ctx.db();
  const pages: string[] = [];
  for (const editionId of editionIds) {
    const model = await loadFactsheet(db, editionId, { language: "nl", audience: "internal" }, AT);
    if (!model) throw new Error(`the benchmark data has no edition ${editionId}`);
    pages.push(factsheetHtml(model));
  }
  return pages;
}

/** Chromium printing HTML it is handed, on one page that stays open. */
async function printEach(browser: Browser, pages: readonly string[]): Promise<number[]> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  const seconds: number[] = [];
  for (const html of pages) {
    const { seconds: s } = await timed(async () => {
      await page.setContent(html, { waitUntil: "load" });
      await page.pdf(PDF_OPTIONS);
    });
    seconds.push(s);
  }
  return seconds;
}

/** p95 in ms, the median in the note. */
function percentiles(seconds: readonly number[], bytes?: number): Measured {
  const p95 = quantile(seconds, 0.95);
  const size = bytes === undefined ? "" : `; ${Math.round(bytes / 1024)} kB PDF`;
  return {
    value: p95 * 1000,
    seconds: p95,
    note: `median ${(median(seconds) * 1000).toFixed(0)} ms of ${seconds.length} PDFs${size}`,
  };
}

export const factsheetPdfBenchmark: Benchmark = {
  id: "factsheet-pdf",
  engines: ["postgres", "pglite"],
  cases: (env) => [
    {
      id: "factsheet-pdf-cold",
      title: "Factsheet PDF, cold: the process's first, launching Chromium included",
      size: "1 PDF",
      unit: "ms",
      baselineTitle: "launching Chromium and printing the same, already rendered HTML",
      figure: async (ctx) => {
        const [editionId] = editionsOf(env, 1);
        await ctx.db();
        try {
          const { result, seconds } = await timed(() => factsheetPdf(ctx, editionId as string));
          return { value: seconds * 1000, seconds, note: `${Math.round(result.length / 1024)} kB` };
        } finally {
          await closePdfBrowser();
        }
      },
      baseline: async (ctx) => {
        const pages = await htmlOf(ctx, editionsOf(env, 1));
        let browser: Browser | undefined;
        try {
          const { seconds } = await timed(async () => {
            browser = await launchChromium();
            await printEach(browser, pages);
          });
          return { value: seconds * 1000, seconds };
        } finally {
          await browser?.close();
        }
      },
    },
    {
      id: "factsheet-pdf-warm",
      title: "Factsheet PDF, warm: p95 of PDFs of different editions, the browser kept running",
      size: `${warmCount(env)} PDFs`,
      unit: "ms",
      baselineTitle: "Chromium printing the same, already rendered HTML on one open page",
      target: { text: "p95 < 1 s", met: (c) => c.value < 1000 && c.errors === 0 },
      figure: async (ctx) => {
        const editionIds = editionsOf(env, warmCount(env));
        try {
          // The server's first PDF launched the browser: not part of a warm one.
          await factsheetPdf(ctx, editionIds.at(-1) as string);
          const seconds: number[] = [];
          let bytes = 0;
          for (const editionId of editionIds) {
            const { result, seconds: s } = await timed(() => factsheetPdf(ctx, editionId));
            seconds.push(s);
            bytes = Math.max(bytes, result.length);
          }
          return percentiles(seconds, bytes);
        } finally {
          await closePdfBrowser();
        }
      },
      baseline: async (ctx) => {
        const pages = await htmlOf(ctx, editionsOf(env, warmCount(env)));
        const browser = await launchChromium();
        try {
          await printEach(browser, pages.slice(-1));
          return percentiles(await printEach(browser, pages));
        } finally {
          await browser.close();
        }
      },
    },
  ],
};
