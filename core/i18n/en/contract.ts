// The contract's descriptions in English, key for key the Dutch ones.
import type { contractNl } from "../nl/contract";

export const contractEn: Record<keyof typeof contractNl, string> = {
  "column.edition_id.description": "The edition (must exist).",
  "column.applicant_id.description": "The registration (must exist in this edition).",
  "dataset.editions.description": "One Challenge run in one municipality in one year.",
  "column.editions.edition_id.description":
    "Short unique name: lower-case letters, digits and hyphens.",
  "column.editions.municipality.description": "The municipality; unique with the year.",
  "column.editions.year.description": "The year of the edition.",
  "column.editions.name.description": "Name; empty means 'SOC {{municipality}} {{year}}'.",
  "column.editions.themes.description": "Themes, separated by semicolons.",
  "column.editions.budget_eur.description": "The budget for microcredits, in euros.",
  "column.editions.max_share.description":
    "The largest share of a start budget that may be public money (default 0.5).",
  "column.editions.score_scale_max.description": "The highest assessment score (default 10).",
  "column.editions.launched_on.description": "Campaign launch.",
  "column.editions.closed_on.description": "Registration deadline.",
  "column.editions.finale_on.description": "The prize ceremony.",
  "dataset.criteria.description":
    "The edition's assessment criteria with their weights. Without rows the default rubric applies.",
  "column.criteria.criterion.description": "Short name of the criterion; 'impact' is required.",
  "column.criteria.label.description": "Name as shown.",
  "column.criteria.weight.description": "Weight; impact weighs more than every other criterion.",
  "dataset.applicants.description": "One registration for an edition.",
  "column.applicants.applicant_id.description":
    "Your own number or code of the registration, unique within the edition.",
  "column.applicants.initiative.description": "Name of the initiative.",
  "column.applicants.organisation.description": "The organisation behind it.",
  "column.applicants.entrepreneur.description": "Name of the entrepreneur.",
  "column.applicants.email.description": "E-mail address.",
  "column.applicants.phone.description": "Phone number.",
  "column.applicants.theme.description": "Theme of the initiative.",
  "column.applicants.district.description": "District it works in.",
  "column.applicants.stage.description": "Stage of the initiative.",
  "column.applicants.returning.description": "Took part in an earlier edition.",
  "column.applicants.referral.description": "How the entrepreneur heard of the Challenge.",
  "column.applicants.registered_on.description": "Date of registration.",
  "column.applicants.intake.description": "Intake interview held.",
  "column.applicants.plan_submitted.description": "Plan and budget handed in.",
  "column.applicants.kvk_number.description":
    "Chamber of Commerce (KvK) number (8 digits) of the organisation behind the initiative, such as a foundation or company; gives its registered identifier in open data (NL-KVK-…). Leave empty for a sole trader or an initiative without a legal entity: it appears in open data as an individual recipient, without personal details.",
  "column.applicants.idea.description":
    "The idea as described at registration (2,000 characters at most). Free text often names people: left out of research exports.",
  "column.applicants.start_budget_eur.description":
    "The start budget in the plan, in euros.",
  "column.applicants.requested_eur.description":
    "The microcredit asked for in the plan, in euros; at most {max_share} × {start_budget_eur} where both are given.",
  "dataset.assessments.description":
    "One assessor's scores for one registration: one column per criterion of the rubric.",
  "column.assessments.assessor.description": "Name or code of the assessor.",
  "column.assessments.comment.description": "Comment on the scores.",
  "dataset.awards.description": "A microcredit granted.",
  "column.awards.start_budget_eur.description": "The initiative's total start budget, in euros.",
  "column.awards.microcredit_eur.description":
    "The microcredit; at most {max_share} of the start budget.",
  "column.awards.own_contribution_eur.description": "Own contribution, in euros.",
  "column.awards.cofunding_eur.description": "Money from other funders, in euros.",
  "column.awards.awarded_on.description": "Date of the award.",
  "column.awards.instrument.description": "Form of the funding.",
  "dataset.outcomes.description":
    "A follow-up measurement of one initiative, some months after the awards.",
  "column.outcomes.months.description": "Months since the edition's awards.",
  "column.outcomes.active.description": "The initiative still runs.",
  "column.outcomes.revenue_eur.description": "Revenue over the past 12 months, in euros.",
  "column.outcomes.jobs_fte.description": "Paid jobs, in FTE.",
  "column.outcomes.jobs_distance_fte.description":
    "Of which for people with a distance to the labour market; at most {jobs_fte}.",
  "column.outcomes.volunteers.description": "Number of volunteers.",
  "column.outcomes.beneficiaries.description": "Number of people reached.",
  "column.outcomes.follow_on_funding_eur.description":
    "Raised since the award, cumulative, in euros.",
  "column.outcomes.partnerships.description": "Collaborations with local businesses.",
  "dataset.surveys.description": "One participant's experience.",
  "column.surveys.respondent_id.description": "Code of the respondent.",
  "column.surveys.applicant_id.description": "The respondent's registration, where known.",
  "column.surveys.overall.description": "Overall rating (1–10).",
  "column.surveys.intake_rating.description": "Rating of the intake (1–10).",
  "column.surveys.coaching.description": "Rating of coaching (1–10).",
  "column.surveys.workshops.description": "Rating of workshops (1–10).",
  "column.surveys.network.description": "Rating of network meetings (1–10).",
  "column.surveys.recommend.description": "Would recommend the Challenge (0–10).",
  "column.surveys.quote.description": "Quote of the participant.",
  "column.surveys.quote_consent.description":
    "Consent to publish the quote; without it the quote never leaves the product.",
  "dataset.activities.description": "An activity of the programme around the microcredits.",
  "column.activities.activity_id.description": "Code of the activity.",
  "column.activities.kind.description": "Kind of activity.",
  "column.activities.title.description": "Title.",
  "column.activities.held_on.description": "Date.",
  "column.activities.hours.description": "Duration in hours.",
  "column.activities.participants.description": "Number of participants.",
  "dataset.stories.description": "A case for factsheets and publications.",
  "column.stories.title.description": "Title (120 characters at most).",
  "column.stories.summary.description": "Summary (400 characters at most).",
  "column.stories.quote.description": "Quote.",
  "column.stories.published.description": "Only published stories appear on factsheets.",
};
