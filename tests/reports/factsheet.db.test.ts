import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type CliIo, EXIT, runCli } from "../../bin/cli";
import { commands } from "../../bin/commands/index";
import {
  activeFactsheetLink,
  listFactsheetLinks,
  publishFactsheet,
  revokeFactsheetLink,
} from "../../db/queries/factsheet-links.server";
import { factsheetHtml } from "../../reports/factsheet/html.server";
import { loadFactsheet } from "../../reports/factsheet/model.server";
import { followUpCoverage } from "../../reports/metrics/coverage";
import { loadMetricsReport } from "../../reports/metrics/report.server";
import { buildDemoDataset } from "../../seeds/demo";
import { loadDemoData } from "../../seeds/demo-seed.server";
import { useTestDatabase } from "../support/test-db";

const NOW = new Date("2026-11-27T10:00:00Z");
const demo = buildDemoDataset();

describe("factsheets", () => {
  const test = useTestDatabase();

  it("carry the catalogue's figures beside the previous edition's, or a chosen one", async () => {
    await loadDemoData(test.db);
    const model = await loadFactsheet(
      test.db,
      "groningen-2020",
      { language: "nl", audience: "internal" },
      NOW,
    );
    const report = await loadMetricsReport(
      test.db,
      { editionIds: ["groningen-2019", "groningen-2020"] },
      NOW,
    );
    expect(model?.current.metrics).toEqual(report.editions[1]?.metrics);
    expect(model?.comparison).toMatchObject({
      edition_id: "groningen-2019",
      year: 2019,
      metrics: report.editions[0]?.metrics,
    });
    expect(model?.dataAsOf).toMatchObject({ file_name: "demodata" });
    const chosen = await loadFactsheet(
      test.db,
      "groningen-2020",
      { language: "en", compareWith: "zwolle-2021", audience: "internal" },
      NOW,
    );
    expect(chosen?.comparison).toMatchObject({ edition_id: "zwolle-2021", municipality: "Zwolle" });
    expect(chosen?.narrative[0]).toMatch(/^In 2020, 85 entrepreneurs registered/);
    expect(
      await loadFactsheet(
        test.db,
        "groningen-2020",
        { language: "nl", compareWith: "nergens", audience: "internal" },
        NOW,
      ),
    ).toBeNull();
    expect(
      await loadFactsheet(test.db, "nergens-2020", { language: "nl", audience: "internal" }, NOW),
    ).toBeNull();
  });

  it("contain no personal data, no unconsented quote and no unpublished story", async () => {
    for (const edition of demo.editions) {
      const model = await loadFactsheet(
        test.db,
        edition.edition_id,
        { language: "nl", audience: "public" },
        NOW,
      );
      const html = factsheetHtml(model as NonNullable<typeof model>);
      // beside survival, the follow-up coverage, with small counts as <5
      const coverage = followUpCoverage(model?.current.metrics ?? {}, "nl", {
        suppressSmallCounts: true,
      });
      if (coverage) expect(html).toContain(coverage);
      expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      for (const applicant of demo.applicants.filter((a) => a.edition_id === edition.edition_id)) {
        if (applicant.entrepreneur) expect(html).not.toContain(applicant.entrepreneur);
        if (applicant.phone) expect(html).not.toContain(applicant.phone);
      }
      // the demo draws quotes from a small pool: a text may also be given with consent
      const surveys = demo.surveys.filter((s) => s.edition_id === edition.edition_id);
      const consented = new Set(surveys.filter((s) => s.quote_consent).map((s) => s.quote));
      for (const survey of surveys.filter((s) => !s.quote_consent && !consented.has(s.quote))) {
        if (survey.quote) expect(html).not.toContain(survey.quote);
      }
      for (const story of demo.stories.filter(
        (s) => s.edition_id === edition.edition_id && !s.published,
      )) {
        expect(html).not.toContain(story.title);
      }
      expect(html.match(/class="page[ "]/g)).toHaveLength(2);
    }
  });

  it("can be published under an unguessable link, listed and revoked", async () => {
    const link = await publishFactsheet(test.db, {
      edition_id: "groningen-2020",
      language: "nl",
      compare_edition_id: null,
    });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await activeFactsheetLink(test.db, link.token)).toMatchObject({
      edition_id: "groningen-2020",
    });
    expect((await listFactsheetLinks(test.db, "groningen-2020")).map((l) => l.token)).toContain(
      link.token,
    );
    expect(await revokeFactsheetLink(test.db, link.token)).toBe(true);
    expect(await activeFactsheetLink(test.db, link.token)).toBeNull();
    expect(await revokeFactsheetLink(test.db, link.token)).toBe(false);
  });

  it("are written as HTML by the command line", async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), "impact-factsheet-")), "fs.html");
    const printed: string[] = [];
    const io: CliIo = {
      out: (t) => printed.push(t),
      err: (t) => printed.push(t),
      db: async () => test.db,
    };
    expect(
      await runCli(["factsheet", "groningen-2020", "--out", out, "--lang", "en"], commands, io),
    ).toBe(EXIT.done);
    expect(await readFile(out, "utf8")).toContain("<h1>Factsheet SOC Groningen 2020</h1>");
    expect(await runCli(["factsheet", "nergens-2020", "--out", out], commands, io)).toBe(
      EXIT.failed,
    );
    expect(await runCli(["factsheet", "groningen-2020", "--out", "x.docx"], commands, io)).toBe(
      EXIT.usage,
    );
  });
});
