import { describe, expect, it, vi } from "vitest";
import { ACTIVITY_KINDS, INSTRUMENTS, REFERRALS, STAGES } from "../../core/contract/enums";
import { DEFAULT_RUBRIC } from "../../core/rubric";
import type { Dataset } from "../../db/dataset";
import { addMonths } from "../../seeds/builders";
import { buildDemoDataset, DEMO_AS_OF } from "../../seeds/demo";

const demo = buildDemoDataset();

const SLUG = /^[a-z0-9][a-z0-9-]{1,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function key(...parts: (string | number)[]): string {
  return parts.join("|");
}

function cents(value: number | string | undefined): number {
  return Math.round(Number(value ?? 0) * 100);
}

function isRealDate(value: string | null | undefined): boolean {
  if (!value || !ISO_DATE.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function edition(editionId: string) {
  const found = demo.editions.find((e) => e.edition_id === editionId);
  if (!found) throw new Error(`no edition ${editionId}`);
  return found;
}

function rows<T extends { edition_id: string }>(table: T[], editionId: string): T[] {
  return table.filter((row) => row.edition_id === editionId);
}

/** The rubric an edition is assessed on: its criteria rows, else the default. */
function rubricKeys(editionId: string): string[] {
  const own = rows(demo.criteria, editionId).map((c) => c.criterion);
  return (own.length > 0 ? own : DEFAULT_RUBRIC.map((c) => c.criterion)).sort();
}

function awardedWith(editionId: string, initiative: string) {
  const applicant = rows(demo.applicants, editionId).find((a) => a.initiative === initiative);
  const award = demo.awards.find(
    (w) => w.edition_id === editionId && w.applicant_id === applicant?.applicant_id,
  );
  const story = demo.stories.find(
    (s) => s.edition_id === editionId && s.applicant_id === applicant?.applicant_id,
  );
  return { applicant, award, story };
}

function counts(dataset: Dataset): Record<string, number> {
  return Object.fromEntries(Object.entries(dataset).map(([table, list]) => [table, list.length]));
}

describe("demo dataset: determinism", () => {
  it("is identical on every call and never reads the clock or Math.random", () => {
    const random = vi.spyOn(Math, "random");
    const now = vi.spyOn(Date, "now");
    const again = buildDemoDataset();
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
    random.mockRestore();
    now.mockRestore();
    expect(again).toEqual(demo);
  });

  it("has a stable fingerprint", () => {
    expect(counts(demo)).toEqual({
      editions: 13,
      criteria: 36,
      applicants: 696,
      assessments: 845,
      assessment_scores: 4016,
      awards: 199,
      // 550 before Groningen followed all its unfunded plans (issue 21): 39 rows more.
      outcomes: 589,
      surveys: 161,
      activities: 126,
      stories: 23,
    });
    expect(demo.awards.reduce((total, w) => total + cents(w.microcredit_eur), 0)).toBe(58_995_000);
  });

  it("stays modest in size", () => {
    expect(demo.applicants.length).toBeGreaterThanOrEqual(500);
    expect(demo.applicants.length).toBeLessThanOrEqual(700);
  });
});

describe("demo dataset: public facts", () => {
  it("has Groningen 2017–2022 and two more municipalities over several years", () => {
    const years = new Map<string, number[]>();
    for (const e of demo.editions)
      years.set(e.municipality, [...(years.get(e.municipality) ?? []), e.year]);
    expect(years.get("Groningen")).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
    const several = [...years.values()].filter((list) => list.length >= 3);
    expect(several.length).toBeGreaterThanOrEqual(3);
    for (const e of demo.editions) {
      expect(e.edition_id).toBe(`${e.municipality.toLowerCase()}-${e.year}`);
      expect(e.name).toBe(`SOC ${e.municipality} ${e.year}`);
    }
  });

  it("reproduces the Groningen 2020 funnel: 85 / 84 / 38 / 20", () => {
    const applicants = rows(demo.applicants, "groningen-2020");
    const assessed = new Set(rows(demo.assessments, "groningen-2020").map((a) => a.applicant_id));
    const planned = applicants.filter((a) => a.plan_submitted).map((a) => a.applicant_id);
    expect(applicants).toHaveLength(85);
    expect(applicants.filter((a) => a.intake)).toHaveLength(84);
    expect(planned).toHaveLength(38);
    expect([...assessed].sort()).toEqual([...planned].sort());
    expect(rows(demo.awards, "groningen-2020")).toHaveLength(20);
  });

  it("has the Groningen 2020 themes and rubric, impact weighing most", () => {
    expect(edition("groningen-2020").themes).toEqual([
      "Prettig samen wonen in de buurt",
      "Positieve gezondheid",
      "Voorkomen van zorg",
    ]);
    const criteria = rows(demo.criteria, "groningen-2020");
    expect(criteria.map((c) => [c.criterion, c.label])).toEqual([
      ["impact", "Impact"],
      ["draagvlak", "Draagvlak"],
      ["ondernemend", "Ondernemend"],
      ["schaalbaar", "Schaalbaar"],
      ["vernieuwing", "Vernieuwing"],
    ]);
    const impact = Number(criteria.find((c) => c.criterion === "impact")?.weight);
    for (const c of criteria.filter((c) => c.criterion !== "impact")) {
      expect(impact).toBeGreaterThan(Number(c.weight));
    }
  });

  it("has Groningen 2018's themes and 2017's budget above €100.000", () => {
    expect(edition("groningen-2018").themes).toEqual([
      "Positieve gezondheid",
      "Eenzaamheid",
      "Armoede",
    ]);
    expect(Number(edition("groningen-2017").budget_eur)).toBeGreaterThan(100_000);
  });

  it.each([
    ["groningen-2018", "Oma's Soep"],
    ["groningen-2020", "Matsie"],
    ["groningen-2019", "Omapost"],
    ["groningen-2017", "Sociaal Gericht"],
  ])("%s awarded %s, with a published story", (editionId, initiative) => {
    const { applicant, award, story } = awardedWith(editionId, initiative);
    expect(applicant?.plan_submitted).toBe(true);
    expect(award).toBeDefined();
    expect(story?.published).toBe(true);
  });
});

describe("demo dataset: contract rules", () => {
  it("has unique keys in every table", () => {
    const keyed: [string, string[]][] = [
      ["editions", demo.editions.map((r) => r.edition_id)],
      ["editions by year", demo.editions.map((r) => key(r.municipality, r.year))],
      ["criteria", demo.criteria.map((r) => key(r.edition_id, r.criterion))],
      ["applicants", demo.applicants.map((r) => key(r.edition_id, r.applicant_id))],
      ["assessments", demo.assessments.map((r) => key(r.edition_id, r.applicant_id, r.assessor))],
      [
        "assessment_scores",
        demo.assessment_scores.map((r) =>
          key(r.edition_id, r.applicant_id, r.assessor, r.criterion),
        ),
      ],
      ["awards", demo.awards.map((r) => key(r.edition_id, r.applicant_id))],
      ["outcomes", demo.outcomes.map((r) => key(r.edition_id, r.applicant_id, r.months))],
      ["surveys", demo.surveys.map((r) => key(r.edition_id, r.respondent_id))],
      ["activities", demo.activities.map((r) => key(r.edition_id, r.activity_id))],
      ["stories", demo.stories.map((r) => key(r.edition_id, r.applicant_id))],
    ];
    for (const [table, keys] of keyed) expect(new Set(keys).size, table).toBe(keys.length);
  });

  it("points every reference to an existing row", () => {
    const editions = new Set(demo.editions.map((e) => e.edition_id));
    const applicants = new Set(demo.applicants.map((a) => key(a.edition_id, a.applicant_id)));
    const assessments = new Set(
      demo.assessments.map((a) => key(a.edition_id, a.applicant_id, a.assessor)),
    );
    for (const table of [demo.criteria, demo.applicants, demo.surveys, demo.activities]) {
      for (const row of table) expect(editions.has(row.edition_id)).toBe(true);
    }
    for (const table of [demo.assessments, demo.awards, demo.outcomes, demo.stories]) {
      for (const row of table)
        expect(applicants.has(key(row.edition_id, row.applicant_id))).toBe(true);
    }
    for (const s of demo.assessment_scores) {
      expect(assessments.has(key(s.edition_id, s.applicant_id, s.assessor))).toBe(true);
    }
    const linked = demo.surveys.filter((s) => s.applicant_id !== null);
    for (const s of linked)
      expect(applicants.has(key(s.edition_id, s.applicant_id ?? ""))).toBe(true);
  });

  it("keeps editions within their column rules", () => {
    for (const e of demo.editions) {
      expect(e.edition_id).toMatch(SLUG);
      expect(Number(e.budget_eur)).toBeGreaterThan(0);
      expect(Number(e.max_share)).toBeGreaterThan(0);
      expect(Number(e.max_share)).toBeLessThanOrEqual(1);
      expect(e.score_scale_max).toBeGreaterThanOrEqual(3);
      expect(e.score_scale_max).toBeLessThanOrEqual(100);
      for (const date of [e.launched_on, e.closed_on, e.finale_on]) {
        expect(isRealDate(date)).toBe(true);
        expect(date?.slice(0, 4)).toBe(String(e.year));
      }
    }
  });

  it("keeps applicants within their column rules", () => {
    for (const a of demo.applicants) {
      expect(a.applicant_id.length).toBeLessThanOrEqual(64);
      expect(a.initiative.length).toBeGreaterThan(0);
      expect(a.initiative.length).toBeLessThanOrEqual(200);
      if (a.stage) expect(STAGES).toContain(a.stage);
      if (a.referral) expect(REFERRALS).toContain(a.referral);
      expect(isRealDate(a.registered_on)).toBe(true);
      if (a.plan_submitted) expect(a.intake).toBe(true);
      if (a.email) expect(a.email).toMatch(/^[a-z.]+@example\.nl$/);
      if (a.phone) expect(a.phone).toMatch(/^06-1234 \d{4}$/);
    }
    const referrals = new Set<string | null>(demo.applicants.map((a) => a.referral ?? null));
    for (const value of ["word_of_mouth", "former_participant", null]) {
      expect(referrals.has(value), String(value)).toBe(true);
    }
    expect(demo.applicants.some((a) => a.returning)).toBe(true);
  });
});

describe("demo dataset: assessments", () => {
  it("scores every assessment on exactly its edition's rubric, within the scale", () => {
    const byAssessment = new Map<string, string[]>();
    for (const s of demo.assessment_scores) {
      const k = key(s.edition_id, s.applicant_id, s.assessor);
      byAssessment.set(k, [...(byAssessment.get(k) ?? []), s.criterion]);
      const scale = edition(s.edition_id).score_scale_max ?? 10;
      expect(Number(s.score)).toBeGreaterThanOrEqual(0);
      expect(Number(s.score)).toBeLessThanOrEqual(scale);
    }
    for (const a of demo.assessments) {
      const criteria = byAssessment.get(key(a.edition_id, a.applicant_id, a.assessor)) ?? [];
      expect(criteria.sort()).toEqual(rubricKeys(a.edition_id));
    }
  });

  it("uses the default rubric somewhere and lets impact weigh most everywhere else", () => {
    const withCriteria = new Set(demo.criteria.map((c) => c.edition_id));
    expect(demo.editions.some((e) => !withCriteria.has(e.edition_id))).toBe(true);
    expect(demo.editions.some((e) => e.score_scale_max !== 10)).toBe(true);
    for (const editionId of withCriteria) {
      const criteria = rows(demo.criteria, editionId);
      const impact = Number(criteria.find((c) => c.criterion === "impact")?.weight);
      for (const c of criteria.filter((c) => c.criterion !== "impact")) {
        expect(c.criterion).toMatch(SLUG);
        expect(impact).toBeGreaterThan(Number(c.weight));
      }
    }
  });

  it("assesses exactly the applicants with a plan, by 2 or 3 assessors", () => {
    const panels = new Map<string, number>();
    for (const a of demo.assessments) {
      const k = key(a.edition_id, a.applicant_id);
      panels.set(k, (panels.get(k) ?? 0) + 1);
    }
    const planned = demo.applicants.filter((a) => a.plan_submitted);
    expect(new Set(planned.map((a) => key(a.edition_id, a.applicant_id)))).toEqual(
      new Set(panels.keys()),
    );
    for (const size of panels.values()) expect([2, 3]).toContain(size);
  });

  it("awards mostly the higher-scoring plans", () => {
    const share = new Map<string, number[]>();
    for (const s of demo.assessment_scores) {
      const k = key(s.edition_id, s.applicant_id);
      const scale = edition(s.edition_id).score_scale_max ?? 10;
      share.set(k, [...(share.get(k) ?? []), Number(s.score) / scale]);
    }
    const awarded = new Set(demo.awards.map((w) => key(w.edition_id, w.applicant_id)));
    const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
    const scoreOf = ([, list]: [string, number[]]) => mean(list);
    const entries = [...share.entries()];
    const won = mean(entries.filter(([k]) => awarded.has(k)).map(scoreOf));
    const lost = mean(entries.filter(([k]) => !awarded.has(k)).map(scoreOf));
    expect(won - lost).toBeGreaterThan(0.1);
  });
});

describe("demo dataset: awards", () => {
  it("keeps every microcredit within max_share of the start budget, to the cent", () => {
    for (const w of demo.awards) {
      const shareBp = Math.round(Number(edition(w.edition_id).max_share ?? 0.5) * 10_000);
      const micro = cents(w.microcredit_eur);
      const start = cents(w.start_budget_eur);
      expect(micro).toBeGreaterThan(0);
      expect(start).toBeGreaterThan(0);
      expect(micro * 10_000).toBeLessThanOrEqual(shareBp * start);
      expect(cents(w.own_contribution_eur)).toBeGreaterThanOrEqual(0);
      expect(cents(w.cofunding_eur)).toBeGreaterThanOrEqual(0);
      expect(micro + cents(w.own_contribution_eur) + cents(w.cofunding_eur)).toBe(start);
      expect(INSTRUMENTS).toContain(w.instrument);
      expect(isRealDate(w.awarded_on)).toBe(true);
    }
  });

  it("gives microcredits of about €3.000, mostly prizes", () => {
    const amounts = demo.awards.map((w) => Number(w.microcredit_eur));
    const mean = amounts.reduce((a, b) => a + b, 0) / amounts.length;
    expect(mean).toBeGreaterThan(2_700);
    expect(mean).toBeLessThan(3_300);
    const inRange = amounts.filter((x) => x >= 1_000 && x <= 5_000);
    expect(inRange.length / amounts.length).toBeGreaterThan(0.9);
    const prizes = demo.awards.filter((w) => w.instrument === "prize");
    expect(prizes.length / demo.awards.length).toBeGreaterThan(0.6);
    expect(new Set(demo.awards.map((w) => w.instrument)).size).toBeGreaterThan(1);
  });

  it("stays within budget, except one warning case", () => {
    const over = demo.editions.filter((e) => {
      const total = rows(demo.awards, e.edition_id).reduce(
        (t, w) => t + cents(w.microcredit_eur),
        0,
      );
      return total > cents(e.budget_eur);
    });
    expect(over.map((e) => e.edition_id)).toEqual(["groningen-2021"]);
  });
});

describe("demo dataset: outcomes", () => {
  const awarded = new Set(demo.awards.map((w) => key(w.edition_id, w.applicant_id)));
  const isFunded = (o: { edition_id: string; applicant_id: string }) =>
    awarded.has(key(o.edition_id, o.applicant_id));

  it("never counts more distance jobs than jobs", () => {
    for (const o of demo.outcomes) {
      if (o.jobs_distance_fte === null || o.jobs_distance_fte === undefined) continue;
      expect(o.jobs_fte).not.toBeNull();
      expect(Number(o.jobs_distance_fte)).toBeLessThanOrEqual(Number(o.jobs_fte));
    }
  });

  it("follows awards at 6, 12 and 24 months and unfunded applicants at 12", () => {
    for (const months of [6, 12, 24]) {
      expect(demo.outcomes.some((o) => o.months === months && isFunded(o))).toBe(true);
    }
    const unfunded = demo.outcomes.filter((o) => !isFunded(o));
    expect(unfunded.length).toBeGreaterThan(0);
    for (const o of unfunded) expect(o.months).toBe(12);
  });

  it("follows every unfunded Groningen plan at 12 months, a comparison group for the evaluation", () => {
    const awarded = new Set(demo.awards.map((w) => key(w.edition_id, w.applicant_id)));
    const followed = new Set(
      demo.outcomes.filter((o) => o.months === 12).map((o) => key(o.edition_id, o.applicant_id)),
    );
    const due = ["2017", "2018", "2019", "2020", "2021"].map((year) => `groningen-${year}`);
    let comparison = 0;
    for (const editionId of due) {
      for (const a of rows(demo.applicants, editionId)) {
        if (!a.plan_submitted || awarded.has(key(editionId, a.applicant_id))) continue;
        expect(followed.has(key(editionId, a.applicant_id)), a.applicant_id).toBe(true);
        comparison += 1;
      }
    }
    // 68 unfunded plans; with those followed after an intake only, the comparison group is 89.
    expect(comparison).toBe(68);
  });

  it("only measures what was due on the demo's day", () => {
    for (const o of demo.outcomes) {
      const finale = edition(o.edition_id).finale_on ?? "";
      expect(addMonths(finale, o.months) <= DEMO_AS_OF).toBe(true);
    }
    expect(rows(demo.outcomes, "groningen-2022").map((o) => o.months)).not.toContain(12);
    expect(rows(demo.outcomes, "groningen-2021").map((o) => o.months)).not.toContain(24);
  });

  it("has funded initiatives surviving more often than unfunded ones", () => {
    const rate = (list: { active: boolean }[]) => list.filter((o) => o.active).length / list.length;
    const at12 = demo.outcomes.filter((o) => o.months === 12);
    const funded = rate(at12.filter(isFunded));
    expect(funded).toBeGreaterThanOrEqual(0.75);
    expect(funded).toBeLessThanOrEqual(0.92);
    expect(rate(at12.filter((o) => !isFunded(o)))).toBeLessThan(funded);
  });

  it("keeps follow-on funding cumulative and leaves some fields unmeasured", () => {
    const seen = new Map<string, number>();
    const ordered = [...demo.outcomes].sort((a, b) => a.months - b.months);
    for (const o of ordered) {
      if (o.follow_on_funding_eur === null || o.follow_on_funding_eur === undefined) continue;
      const k = key(o.edition_id, o.applicant_id);
      const value = cents(o.follow_on_funding_eur);
      expect(value).toBeGreaterThanOrEqual(seen.get(k) ?? 0);
      seen.set(k, value);
    }
    for (const column of ["revenue_eur", "jobs_fte", "beneficiaries", "partnerships"] as const) {
      expect(
        demo.outcomes.some((o) => o[column] === null),
        column,
      ).toBe(true);
    }
  });
});

describe("demo dataset: surveys, activities, stories", () => {
  it("has survey quotes with and without consent, ratings in range", () => {
    const quoted = demo.surveys.filter((s) => s.quote);
    expect(quoted.some((s) => s.quote_consent)).toBe(true);
    expect(quoted.some((s) => !s.quote_consent)).toBe(true);
    expect(demo.surveys.some((s) => s.applicant_id === null)).toBe(true);
    expect(demo.surveys.some((s) => s.applicant_id !== null)).toBe(true);
    for (const s of demo.surveys) {
      expect(s.respondent_id).toMatch(/^r\d{2,}$/);
      for (const rating of [s.overall, s.intake_rating, s.coaching, s.workshops, s.network]) {
        if (rating === null || rating === undefined) continue;
        expect(Number.isInteger(rating) && rating >= 1 && rating <= 10).toBe(true);
      }
      if (s.recommend !== null && s.recommend !== undefined) {
        expect(Number.isInteger(s.recommend) && s.recommend >= 0 && s.recommend <= 10).toBe(true);
      }
      expect((s.quote ?? "").length).toBeLessThanOrEqual(500);
    }
  });

  it("runs a programme of every kind in each edition's year", () => {
    for (const e of demo.editions) {
      const activities = rows(demo.activities, e.edition_id);
      for (const kind of ["workshop", "coaching", "network", "masterclass"]) {
        expect(
          activities.some((a) => a.kind === kind),
          `${e.edition_id} ${kind}`,
        ).toBe(true);
      }
      for (const a of activities) {
        expect(ACTIVITY_KINDS).toContain(a.kind);
        expect(isRealDate(a.held_on)).toBe(true);
        expect(a.held_on?.slice(0, 4)).toBe(String(e.year));
        expect(Number(a.hours)).toBeGreaterThan(0);
        expect(a.participants).toBeGreaterThan(0);
      }
    }
  });

  it("has published and unpublished stories within their length limits", () => {
    expect(demo.stories.some((s) => s.published)).toBe(true);
    expect(demo.stories.some((s) => !s.published)).toBe(true);
    const awarded = new Set(demo.awards.map((w) => key(w.edition_id, w.applicant_id)));
    for (const s of demo.stories) {
      expect(awarded.has(key(s.edition_id, s.applicant_id))).toBe(true);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.title.length).toBeLessThanOrEqual(120);
      expect(s.summary.length).toBeLessThanOrEqual(400);
      expect((s.quote ?? "").length).toBeLessThanOrEqual(500);
    }
  });
});
