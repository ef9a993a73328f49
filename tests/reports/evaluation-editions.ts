// A small dataset for the evaluation (shared/spec/evaluation.md), every
// figure of which evaluation.db.test.ts computes by hand. Ceder has four
// editions: one that takes part, and one for each reason to be left out;
// Duin one small edition, for the scope of a municipality user.
import { DEFAULT_RUBRIC } from "../../core/rubric";
import { type Dataset, emptyDataset } from "../../db/dataset";

/** The same score on every criterion of the default rubric: score(a) = 10 × s. */
function uniform(s: number): Record<string, number> {
  return Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.criterion, s]));
}

function edition(d: Dataset, edition_id: string, year: number, score_scale_max = 10): void {
  const municipality = edition_id.startsWith("ceder") ? "Ceder" : "Duin";
  d.editions.push({
    edition_id,
    municipality,
    year,
    name: `SOC ${municipality} ${year}`,
    themes: ["Armoede"],
    budget_eur: 50_000,
    score_scale_max,
  });
}

interface Person {
  /** Scores per assessor. */
  scores?: Record<string, Record<string, number>>;
  awarded?: boolean;
  /** `active` at 12 months; undefined: no 12-month row. */
  active?: boolean;
}

function person(d: Dataset, edition_id: string, applicant_id: string, p: Person): void {
  d.applicants.push({ edition_id, applicant_id, initiative: `Initiatief ${applicant_id}` });
  for (const [assessor, scores] of Object.entries(p.scores ?? {})) {
    d.assessments.push({ edition_id, applicant_id, assessor, comment: null });
    for (const [criterion, score] of Object.entries(scores)) {
      d.assessment_scores.push({ edition_id, applicant_id, assessor, criterion, score });
    }
  }
  if (p.awarded) {
    d.awards.push({ edition_id, applicant_id, start_budget_eur: 2000, microcredit_eur: 1000 });
  }
  if (p.active !== undefined) {
    d.outcomes.push({ edition_id, applicant_id, months: 12, active: p.active });
    // Another moment never counts.
    d.outcomes.push({ edition_id, applicant_id, months: 6, active: !p.active });
  }
}

/**
 * `count` applicants of ceder-2020 scored s on every criterion (score 10·s),
 * the first `active` of them still running after 12 months.
 */
function block(d: Dataset, s: number, count: number, active: number, awarded: boolean): void {
  for (let i = 0; i < count; i++) {
    person(d, "ceder-2020", `s${s * 10}-${String(i + 1).padStart(2, "0")}`, {
      scores: { X: uniform(s) },
      awarded,
      active: i < active,
    });
  }
}

export function evaluationDataset(): Dataset {
  const d = emptyDataset();

  // ceder-2020, default rubric on a 10-point scale; the cut-off is 60.
  //   score   r    n  awarded  active
  //     20  −40    1     no       1     outside every bandwidth
  //     50  −10   16     no       8
  //     55   −5   16     no      10     (+1 without a 12-month row)
  //     60    0   16    yes      14
  //     65   +5   16    yes      12
  //   and one without an assessment, followed at 12 months and stopped.
  edition(d, "ceder-2020", 2020);
  person(d, "ceder-2020", "low", { scores: { X: uniform(2) }, active: true });
  block(d, 5, 16, 8, false);
  block(d, 5.5, 16, 10, false);
  person(d, "ceder-2020", "unfollowed", { scores: { X: uniform(5.5) } });
  block(d, 6, 16, 14, true);
  block(d, 6.5, 16, 12, true);
  person(d, "ceder-2020", "unassessed", { active: false });

  // ceder-2021: its own rubric on a 5-point scale, everyone assessed awarded.
  edition(d, "ceder-2021", 2021, 5);
  d.criteria.push(
    { edition_id: "ceder-2021", criterion: "impact", label: null, weight: 2 },
    { edition_id: "ceder-2021", criterion: "bereik", label: "Bereik in de wijk", weight: 1 },
  );
  // x(impact) = 100 · (4 + 5)/2 / 5 = 90, x(bereik) = 100 · (3 + 2)/2 / 5 = 50
  person(d, "ceder-2021", "p1", {
    scores: { P: { impact: 4, bereik: 3 }, Q: { impact: 5, bereik: 2 } },
    awarded: true,
    active: true,
  });
  // x(impact) = 40, x(bereik) = 100; `nieuw` is outside this rubric: it counts nowhere
  person(d, "ceder-2021", "p2", {
    scores: { P: { impact: 2, bereik: 5, nieuw: 0 } },
    awarded: true,
    active: false,
  });
  person(d, "ceder-2021", "p3", { scores: { P: { impact: 3, bereik: 3 } }, awarded: true });

  // ceder-2022: registrations only, nobody assessed.
  edition(d, "ceder-2022", 2022);
  person(d, "ceder-2022", "q1", {});

  // ceder-2023: assessed, nobody awarded; one followed and running.
  edition(d, "ceder-2023", 2023);
  person(d, "ceder-2023", "t1", { scores: { X: uniform(7) }, active: true });
  person(d, "ceder-2023", "t2", { scores: { X: uniform(6) } });

  // duin-2020: one awarded, one not.
  edition(d, "duin-2020", 2020);
  person(d, "duin-2020", "v1", { scores: { X: uniform(8) }, awarded: true, active: true });
  person(d, "duin-2020", "v2", { scores: { X: uniform(4) }, active: false });

  return d;
}
