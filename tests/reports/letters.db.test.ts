// The feedback letters of the hand-made edition (letters-edition.ts): the
// model's numbers, the HTML without assessors' names, the PDF's text and
// the zip of all, on PGlite and PostgreSQL.
import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertDataset } from "../../db/insert-dataset.server";
import { closePdfBrowser, htmlToPdf } from "../../reports/factsheet/pdf.server";
import { letterHtml } from "../../reports/letters/html.server";
import type { LetterModel } from "../../reports/letters/letters";
import { loadLetters } from "../../reports/letters/model.server";
import { writeLettersZip } from "../../reports/letters/zip.server";
import { UnknownEditionsError } from "../../reports/metrics/report.server";
import { unzip } from "../exports/export-files";
import { useTestDatabase } from "../support/test-db";
import { EDITION, lettersDataset } from "./letters-edition";

const NOW = new Date("2026-12-03T10:00:00Z");
const ASSESSOR_NAMES = /\b(Anna|Bram|Cor)\b/;

async function pdfText(pdf: Buffer): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "impact-letter-")), "letter.pdf");
  await writeFile(file, pdf);
  // pdftotext keeps the no-break spaces of the euro amounts
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(
    /\u00a0/g,
    " ",
  );
}

describe("feedback letters", () => {
  const test = useTestDatabase();
  let letters: LetterModel[] = [];
  const letterOf = (id: string) =>
    letters.find((l) => l.applicant.applicant_id === id) as LetterModel;

  beforeAll(async () => {
    await insertDataset(test.db, lettersDataset());
    letters = await loadLetters(test.db, EDITION, "nl", NOW);
  });
  afterAll(() => closePdfBrowser());

  it("are one per assessed applicant, with the cohort's figures worked out by hand", () => {
    expect(letters.map((l) => l.applicant.applicant_id)).toEqual(["p1", "p2", "p3", "p4", "p5"]);
    const impactCohort = { q1: 2, median: 3, q3: 3, n: 5 };
    const draagvlakCohort = { q1: 1.5, median: 2, q3: 2.5, n: 5 };
    const weightedCohort = { q1: 36, median: 52, q3: 56, n: 5 };
    expect(letterOf("p1")).toEqual({
      language: "nl",
      edition: { edition_id: EDITION, name: "SOC Proefstad 2024" },
      applicant: { applicant_id: "p1", initiative: "Plan p1", entrepreneur: "Eva Jansen" },
      microcredit_eur: 2000,
      assessors: 2,
      score_scale_max: 5,
      criteria: [
        {
          key: "impact",
          label: "Maatschappelijke impact",
          share: 0.6,
          score: 4,
          cohort: impactCohort,
        },
        { key: "draagvlak", label: "Draagvlak", share: 0.4, score: 3.5, cohort: draagvlakCohort },
      ],
      weighted: { score: 76, cohort: weightedCohort },
      // numbered by their text: "Let…" before "Ster…", whoever wrote them
      comments: [
        { number: 1, text: "Let op de begroting." },
        { number: 2, text: "Sterk plan, duidelijke doelgroep." },
      ],
      generatedAt: NOW.toISOString(),
    });
    const p4 = letterOf("p4");
    expect(p4.microcredit_eur).toBeNull();
    expect(p4.applicant.entrepreneur).toBeNull();
    expect(p4.criteria.map((c) => [c.score, c.cohort])).toEqual([
      [1.5, impactCohort],
      [0.5, draagvlakCohort],
    ]);
    expect(p4.weighted).toEqual({ score: 22, cohort: weightedCohort });
    expect(p4.comments).toEqual([]);
    // an empty comment is left out: p2 has one of its two
    expect(letterOf("p2").comments).toEqual([{ number: 1, text: "Goed idee, nog wat vaag." }]);
  });

  it("hold no assessor's name anywhere", () => {
    expect(JSON.stringify(letters)).not.toMatch(ASSESSOR_NAMES);
  });

  it("refuse an edition that does not exist", async () => {
    await expect(loadLetters(test.db, "nergens-2020", "nl", NOW)).rejects.toBeInstanceOf(
      UnknownEditionsError,
    );
  });

  it("as HTML address the entrepreneur and number the assessors", () => {
    const html = letterHtml(letterOf("p1"));
    expect(html).toContain("Beste Eva Jansen,");
    expect(html).toContain("Beoordelaar 1");
    expect(html).toContain("Beoordelaar 2");
    expect(html).not.toContain("Beoordelaar 3");
    expect(html).not.toMatch(ASSESSOR_NAMES);
    // without an entrepreneur's name the letter addresses the initiative
    expect(letterHtml(letterOf("p4"))).toContain("Beste Plan p4,");
  });

  it("as PDF say the decision and the scores beside the cohort's", async () => {
    const awarded = await htmlToPdf(letterHtml(letterOf("p1")));
    expect(awarded.subarray(0, 4).toString()).toBe("%PDF");
    const text = await pdfText(awarded);
    expect(text).toContain("Je plan krijgt een microkrediet van € 2.000,00.");
    expect(text).toMatch(/Maatschappelijke impact\s+60%\s+4\s+3\s+2\s*–\s*3/);
    expect(text).toMatch(/Draagvlak\s+40%\s+3,5\s+2\s+1,5\s*–\s*2,5/);
    expect(text).toMatch(/Gewogen score\s+100%\s+76\s+52\s+36\s*–\s*56/);
    expect(text).not.toMatch(ASSESSOR_NAMES);
    const [english] = await loadLetters(test.db, EDITION, "en", NOW).then((all) =>
      all.filter((l) => l.applicant.applicant_id === "p4"),
    );
    const notAwarded = await pdfText(await htmlToPdf(letterHtml(english as LetterModel)));
    expect(notAwarded).toContain("Your plan does not receive a microcredit this time.");
    expect(notAwarded).toMatch(/Draagvlak\s+40%\s+0\.5\s+2\s+1\.5\s*–\s*2\.5/);
    expect(notAwarded).toMatch(/Weighted score\s+100%\s+22\s+52\s+36\s*–\s*56/);
  });

  it("go into one zip, a PDF per assessed applicant", async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk));
    await writeLettersZip(letters, output, NOW);
    const files = await unzip(Buffer.concat(chunks));
    expect([...files.keys()]).toEqual(["p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "p5.pdf"]);
    for (const pdf of files.values()) expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  });
});
