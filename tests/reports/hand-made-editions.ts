// A small dataset whose every metric is computed by hand in
// metrics.db.test.ts. Alphen has three editions (default rubric; own rubric
// on a 5-point scale; no outcomes at all), Beek one edition without any rows.

import { DEFAULT_RUBRIC } from "../../core/rubric";
import { type Dataset, emptyDataset } from "../../db/dataset";
import type {
  NewActivity,
  NewApplicant,
  NewAward,
  NewEdition,
  NewOutcome,
  NewSurvey,
} from "../../db/schema";

function edition(
  edition_id: string,
  year: number,
  budget_eur: number,
  themes: string[],
  score_scale_max = 10,
): NewEdition {
  const municipality = edition_id.startsWith("alphen") ? "Alphen" : "Beek";
  return {
    edition_id,
    municipality,
    year,
    name: `SOC ${municipality} ${year}`,
    themes,
    budget_eur,
    score_scale_max,
  };
}

function applicant(
  edition_id: string,
  applicant_id: string,
  fields: Partial<NewApplicant>,
): NewApplicant {
  return { edition_id, applicant_id, initiative: `Initiatief ${applicant_id}`, ...fields };
}

function award(
  edition_id: string,
  applicant_id: string,
  start_budget_eur: number,
  microcredit_eur: number,
): NewAward {
  return { edition_id, applicant_id, start_budget_eur, microcredit_eur };
}

/** A follow-up row at `months`; unmeasured columns stay null. */
function outcome(
  edition_id: string,
  applicant_id: string,
  months: number,
  active: boolean,
  measured: Partial<NewOutcome> = {},
): NewOutcome {
  return { edition_id, applicant_id, months, active, ...measured };
}

function survey(
  edition_id: string,
  respondent_id: string,
  overall: number | null,
  recommend: number | null,
): NewSurvey {
  return { edition_id, respondent_id, overall, recommend };
}

function activity(
  edition_id: string,
  activity_id: string,
  kind: NewActivity["kind"],
  hours: number | null,
  participants: number | null,
): NewActivity {
  return { edition_id, activity_id, kind, hours, participants };
}

/** The same score on every criterion of the default rubric. */
function uniform(score: number): Record<string, number> {
  return Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.criterion, score]));
}

/** One assessor's sheet line: the assessment and a score row per criterion. */
function assess(
  dataset: Dataset,
  edition_id: string,
  applicant_id: string,
  assessor: string,
  scores: Record<string, number>,
): void {
  dataset.assessments.push({ edition_id, applicant_id, assessor, comment: null });
  for (const [criterion, score] of Object.entries(scores)) {
    dataset.assessment_scores.push({ edition_id, applicant_id, assessor, criterion, score });
  }
}

export function handMadeDataset(): Dataset {
  const d = emptyDataset();

  // ---------------------------------------------------------------- alphen-2019
  // The default rubric (no criteria rows), scale 10. The first edition.
  const a19 = "alphen-2019";
  d.editions.push(edition(a19, 2019, 10_000, ["Eenzaamheid", "Armoede"]));
  d.applicants.push(
    applicant(a19, "a1", { intake: true, plan_submitted: true, referral: "word_of_mouth" }),
    applicant(a19, "a2", { intake: true, plan_submitted: true, referral: "campaign" }),
    applicant(a19, "a3", {
      intake: true,
      plan_submitted: true,
      returning: true,
      referral: "former_participant",
    }),
    applicant(a19, "a4", { intake: true, plan_submitted: true }),
    applicant(a19, "a5", { intake: true, referral: "social_media" }),
    applicant(a19, "a6", {}),
  );
  d.awards.push(
    award(a19, "a1", 4000, 2000),
    award(a19, "a2", 3000, 1500),
    award(a19, "a3", 2500, 1000.1),
  );
  d.outcomes.push(
    outcome(a19, "a1", 12, true, {
      follow_on_funding_eur: 1000,
      jobs_fte: 1.5,
      jobs_distance_fte: 0.5,
      volunteers: 4,
      beneficiaries: 100,
      revenue_eur: 20_000,
      partnerships: 2,
    }),
    outcome(a19, "a2", 12, false, { jobs_fte: 0, jobs_distance_fte: 0 }),
    outcome(a19, "a3", 12, true, {
      follow_on_funding_eur: 500.5,
      jobs_fte: 1.25,
      volunteers: 6,
      beneficiaries: 50,
      revenue_eur: 10_000.55,
      partnerships: 1,
    }),
    // Not at 12 months: counts nowhere.
    outcome(a19, "a1", 6, true, { follow_on_funding_eur: 50_000, jobs_fte: 9 }),
    outcome(a19, "a2", 24, false, { jobs_fte: 9 }),
    // The comparison group: no award. Its measurements stay out of the sums.
    outcome(a19, "a4", 12, false, { follow_on_funding_eur: 999, jobs_fte: 3, beneficiaries: 7 }),
    outcome(a19, "a5", 12, true),
  );
  // a1: two assessors with different patterns (impact weighs 0.3, the other four 0.175).
  assess(d, a19, "a1", "X", { ...uniform(5), impact: 10 });
  assess(d, a19, "a1", "Y", { ...uniform(7), impact: 6 });
  // a2: a single assessor.
  assess(d, a19, "a2", "X", uniform(7));
  // a3: two assessors who agree; X also scored a criterion outside the rubric.
  assess(d, a19, "a3", "X", { ...uniform(7), originaliteit: 0 });
  assess(d, a19, "a3", "Y", uniform(7));
  // a4: a single assessor, no award.
  assess(d, a19, "a4", "X", uniform(5));
  d.surveys.push(
    survey(a19, "r1", 8, 10),
    survey(a19, "r2", 6, 6),
    survey(a19, "r3", null, 9),
    survey(a19, "r4", 9, null),
  );
  d.activities.push(
    activity(a19, "w1", "workshop", 2, 10),
    activity(a19, "w2", "workshop", 3, null),
    activity(a19, "c1", "coaching", null, 4),
    activity(a19, "n1", "network", 1.5, 20),
  );

  // ---------------------------------------------------------------- alphen-2020
  // Its own rubric (weights 2, 1, 1) on a 5-point scale.
  const a20 = "alphen-2020";
  d.editions.push(edition(a20, 2020, 5_000, ["Armoede"], 5));
  d.criteria.push(
    { edition_id: a20, criterion: "impact", label: "Impact", weight: 2 },
    { edition_id: a20, criterion: "haalbaarheid", label: "Haalbaarheid", weight: 1 },
    { edition_id: a20, criterion: "bereik", label: "Bereik", weight: 1 },
  );
  d.applicants.push(
    applicant(a20, "b1", {
      intake: true,
      plan_submitted: true,
      returning: true,
      referral: "former_participant",
    }),
    applicant(a20, "b2", { intake: true, plan_submitted: true, referral: "press" }),
    applicant(a20, "b3", { intake: true, plan_submitted: true, referral: "word_of_mouth" }),
    applicant(a20, "b4", {}),
  );
  d.awards.push(award(a20, "b1", 2000.4, 1000.2), award(a20, "b2", 2400, 1200));
  // Followed, both active, but nothing else measured.
  d.outcomes.push(outcome(a20, "b1", 12, true), outcome(a20, "b2", 12, true));
  assess(d, a20, "b1", "P", { impact: 5, haalbaarheid: 3, bereik: 4 });
  assess(d, a20, "b1", "Q", { impact: 4, haalbaarheid: 4, bereik: 2 });
  // A default-rubric criterion does not count in an edition with its own rubric.
  assess(d, a20, "b2", "P", { impact: 3, haalbaarheid: 3, bereik: 3, nieuw: 0 });
  assess(d, a20, "b3", "P", { impact: 2, haalbaarheid: 2, bereik: 2 });
  assess(d, a20, "b3", "Q", { impact: 1, haalbaarheid: 2, bereik: 2.5 });
  d.activities.push(activity(a20, "m1", "masterclass", 3, null));

  // ---------------------------------------------------------------- alphen-2021
  // No outcome rows at all; single assessors only.
  const a21 = "alphen-2021";
  d.editions.push(edition(a21, 2021, 2_000, ["Werk"]));
  d.applicants.push(
    applicant(a21, "c1", { intake: true, plan_submitted: true, referral: "campaign" }),
    applicant(a21, "c2", { intake: true, plan_submitted: true }),
  );
  d.awards.push(award(a21, "c1", 1800, 900));
  assess(d, a21, "c1", "X", uniform(9));
  assess(d, a21, "c2", "X", uniform(4));
  d.surveys.push(survey(a21, "r1", 10, 10));

  // ---------------------------------------------------------------- beek-2020
  // An edition that has a budget and nothing else yet.
  d.editions.push(edition("beek-2020", 2020, 8_000, ["Armoede"]));

  return d;
}
