// The metric catalogue in English, key for key the Dutch one.
import type { catalogueNl } from "../nl/catalogue";

export const catalogueEn: Record<keyof typeof catalogueNl, string> = {
  // The groups, in the order the catalogue lists them.
  "catalogue.group.funnel": "Funnel",
  "catalogue.group.funding": "Funding and leverage",
  "catalogue.group.outcomes": "Outcomes after one year",
  "catalogue.group.assessment": "Assessment",
  "catalogue.group.programme": "Programme and experience",
  "catalogue.group.community": "Community",
  // Every metric: its label, how it is computed, and what to keep in mind.
  "catalogue.registrations.label": "Registrations",
  "catalogue.registrations.formula": "The number of registrations.",
  "catalogue.registrations.caveat":
    "Counts registrations, not people: someone registering two initiatives counts twice.",
  "catalogue.intakes.label": "Intakes",
  "catalogue.intakes.formula": "Registrations with an intake interview held.",
  "catalogue.intakes.caveat": "Only what was recorded: an intake not entered does not count.",
  "catalogue.plans.label": "Plans submitted",
  "catalogue.plans.formula": "Registrations that handed in a plan and budget.",
  "catalogue.plans.caveat":
    "Only what was recorded: a plan not marked as submitted does not count.",
  "catalogue.awarded.label": "Awards",
  "catalogue.awarded.formula": "The number of microcredits awarded.",
  "catalogue.awarded.caveat": "Awarded, not necessarily paid out or reclaimed.",
  "catalogue.award_rate.label": "Award rate",
  "catalogue.award_rate.formula": "Awards divided by registrations.",
  "catalogue.award_rate.caveat":
    "Depends mostly on the size of the pot: a smaller budget gives a lower rate, whatever the quality of the plans.",
  "catalogue.budget.label": "Budget",
  "catalogue.budget.formula":
    "The edition's budget for microcredits. Over several editions: the sum.",
  "catalogue.budget.caveat":
    "The budget for microcredits, without the cost of the campaign and coaching.",
  "catalogue.microcredit_total.label": "Microcredit total",
  "catalogue.microcredit_total.formula": "The sum of all microcredits awarded; 0 without awards.",
  "catalogue.microcredit_total.caveat":
    "Awarded, not necessarily paid out: loans that are repaid are not deducted.",
  "catalogue.budget_used.label": "Budget used",
  "catalogue.budget_used.formula": "Microcredit total divided by the budget.",
  "catalogue.budget_used.caveat": "Above 100% more was awarded than there was budget.",
  "catalogue.microcredit_mean.label": "Mean microcredit",
  "catalogue.microcredit_mean.formula": "Microcredit total divided by the number of awards.",
  "catalogue.microcredit_mean.caveat": "A few large amounts pull the mean up; see the median too.",
  "catalogue.microcredit_median.label": "Median microcredit",
  "catalogue.microcredit_median.formula":
    "The middle microcredit when all amounts are in order; for an even count the mean of the middle two.",
  "catalogue.microcredit_median.caveat":
    "Over several editions: the median of all microcredits together, not the mean of the medians.",
  "catalogue.microcredit_min.label": "Smallest microcredit",
  "catalogue.microcredit_min.formula": "The smallest microcredit awarded.",
  "catalogue.microcredit_min.caveat":
    "One amount of one initiative: in public documents it can be traced to a person.",
  "catalogue.microcredit_max.label": "Largest microcredit",
  "catalogue.microcredit_max.formula": "The largest microcredit awarded.",
  "catalogue.microcredit_max.caveat":
    "One amount of one initiative: in public documents it can be traced to a person.",
  "catalogue.start_budget_total.label": "Start budget total",
  "catalogue.start_budget_total.formula":
    "The sum of the start budgets of the awarded initiatives; 0 without awards.",
  "catalogue.start_budget_total.caveat":
    "The start budget as planned in the application, not what was spent afterwards.",
  "catalogue.public_share.label": "Public share",
  "catalogue.public_share.formula": "Microcredit total divided by start budget total.",
  "catalogue.public_share.caveat":
    "Per award the microcredit is at most the edition's maximum share (usually 50%); this is the share over all awards together.",
  "catalogue.leverage.label": "Leverage",
  "catalogue.leverage.formula":
    "Start budget total divided by microcredit total: euros of initiative budget per public euro.",
  "catalogue.leverage.caveat":
    "The public euro itself counts: a leverage of 2 means each public euro brought one euro of other money (see other money per public euro).",
  "catalogue.cofunding_per_euro.label": "Other money per public euro",
  "catalogue.cofunding_per_euro.formula":
    "(Start budget total − microcredit total) divided by microcredit total.",
  "catalogue.cofunding_per_euro.caveat":
    "Includes the initiatives' own contribution as well as cofunding by others.",
  "catalogue.follow_on_funding_12m.label": "Follow-on funding at 12 months",
  "catalogue.follow_on_funding_12m.formula":
    "The sum of follow-on funding in the 12-month measurements of awarded initiatives; empty when nobody measured it.",
  "catalogue.follow_on_funding_12m.caveat":
    "Reported by the initiatives themselves, not verified. Only followed initiatives count, and a missing measurement is not zero: without measurements the field stays empty.",
  "catalogue.follow_on_leverage.label": "Follow-on leverage",
  "catalogue.follow_on_leverage.formula":
    "Follow-on funding at 12 months divided by microcredit total.",
  "catalogue.follow_on_leverage.caveat":
    "The microcredit counts every award, the follow-on funding only the followed initiatives: with incomplete follow-up this is a lower bound.",
  "catalogue.total_leverage.label": "Total leverage",
  "catalogue.total_leverage.formula":
    "(Start budget total + follow-on funding at 12 months, empty counted as 0) divided by microcredit total: the leverage with the money raised in the first year added.",
  "catalogue.total_leverage.caveat":
    "Without measured follow-on funding this equals the leverage; that is no proof that nothing was raised.",
  "catalogue.followed_12m.label": "Followed at 12 months",
  "catalogue.followed_12m.formula": "Awarded initiatives with a 12-month measurement.",
  "catalogue.followed_12m.caveat":
    "Compare with the number of awards: every outcome is about the followed initiatives only.",
  "catalogue.survival_12m.label": "Still active at 12 months",
  "catalogue.survival_12m.formula":
    "Followed awarded initiatives still active at 12 months, divided by the number followed.",
  "catalogue.survival_12m.caveat":
    "Initiatives not followed do not count; if it is the stopped ones that drop out of sight, this comes out too high. So beside it stands how many awarded initiatives were followed, and below 80% between which bounds the rate lies if the unfollowed all stopped or all went on.",
  "catalogue.survival_12m_low.label": "Still active at 12 months, lower bound",
  "catalogue.survival_12m_low.formula":
    "The lower bound of the 95% Wilson score interval (z = 1.959964) around the survival rate.",
  "catalogue.survival_12m_low.caveat":
    "The smaller the group, the wider the interval: it says how certain the rate is, nothing more.",
  "catalogue.survival_12m_high.label": "Still active at 12 months, upper bound",
  "catalogue.survival_12m_high.formula":
    "The upper bound of the 95% Wilson score interval (z = 1.959964) around the survival rate.",
  "catalogue.survival_12m_high.caveat":
    "The smaller the group, the wider the interval: it says how certain the rate is, nothing more.",
  "catalogue.jobs_fte_12m.label": "Jobs at 12 months (FTE)",
  "catalogue.jobs_fte_12m.formula":
    "The sum of paid jobs in FTE in the 12-month measurements of awarded initiatives.",
  "catalogue.jobs_fte_12m.caveat":
    "Reported by the initiatives themselves, not verified. Only followed initiatives count, and a missing measurement is not zero: without measurements the field stays empty.",
  "catalogue.jobs_distance_fte_12m.label": "Jobs, distance to labour market (FTE)",
  "catalogue.jobs_distance_fte_12m.formula":
    "Of the jobs at 12 months: the FTE for people with a distance to the labour market.",
  "catalogue.jobs_distance_fte_12m.caveat":
    "Reported by the initiatives themselves, not verified. Only followed initiatives count, and a missing measurement is not zero: without measurements the field stays empty.",
  "catalogue.volunteers_12m.label": "Volunteers at 12 months",
  "catalogue.volunteers_12m.formula":
    "The sum of volunteers in the 12-month measurements of awarded initiatives.",
  "catalogue.volunteers_12m.caveat":
    "Reported by the initiatives themselves, not verified. Only followed initiatives count, and a missing measurement is not zero: without measurements the field stays empty.",
  "catalogue.beneficiaries_12m.label": "People reached at 12 months",
  "catalogue.beneficiaries_12m.formula":
    "The sum of people reached in the 12-month measurements of awarded initiatives.",
  "catalogue.beneficiaries_12m.caveat":
    "Reported by the initiatives themselves, not verified. Only followed initiatives count, and a missing measurement is not zero: without measurements the field stays empty.",
  "catalogue.revenue_12m.label": "Revenue at 12 months",
  "catalogue.revenue_12m.formula":
    "The sum of revenue over the past year in the 12-month measurements of awarded initiatives.",
  "catalogue.revenue_12m.caveat":
    "Reported by the initiatives themselves, not verified. Only followed initiatives count, and a missing measurement is not zero: without measurements the field stays empty.",
  "catalogue.partnerships_12m.label": "Partnerships at 12 months",
  "catalogue.partnerships_12m.formula":
    "The sum of partnerships with local businesses in the 12-month measurements of awarded initiatives.",
  "catalogue.partnerships_12m.caveat":
    "Reported by the initiatives themselves, not verified. Only followed initiatives count, and a missing measurement is not zero: without measurements the field stays empty.",
  "catalogue.cost_per_beneficiary.label": "Public euros per person reached",
  "catalogue.cost_per_beneficiary.formula":
    "Microcredit total divided by the people reached at 12 months.",
  "catalogue.cost_per_beneficiary.caveat":
    "The microcredit counts every award, the denominator only the followed initiatives: with incomplete follow-up this comes out too high.",
  "catalogue.cost_per_job.label": "Public euros per job (FTE)",
  "catalogue.cost_per_job.formula": "Microcredit total divided by the jobs at 12 months (FTE).",
  "catalogue.cost_per_job.caveat":
    "The microcredit counts every award, the denominator only the followed initiatives: with incomplete follow-up this comes out too high.",
  "catalogue.survival_12m_unfunded.label": "Still active at 12 months, not awarded",
  "catalogue.survival_12m_unfunded.formula":
    "The same rate over applicants without an award measured at 12 months (the comparison group); empty where there are none.",
  "catalogue.survival_12m_unfunded.caveat":
    "Not an experiment: applicants without an award had weaker plans on average. The difference with awarded initiatives is therefore not only the Challenge's effect.",
  "catalogue.followup_rate_12m.label": "Followed at 12 months, share",
  "catalogue.followup_rate_12m.formula":
    "Awarded initiatives with a 12-month measurement, divided by the number of awards; empty without awards.",
  "catalogue.followup_rate_12m.caveat":
    "Below 80% the survival rate says little without its bounds: of the rest we do not know whether they are still running.",
  "catalogue.survival_12m_bound_low.label":
    "Still active at 12 months, if none of the unfollowed runs",
  "catalogue.survival_12m_bound_low.formula":
    "Followed awarded initiatives still active at 12 months, divided by all awards: every unfollowed initiative counts as stopped.",
  "catalogue.survival_12m_bound_low.caveat":
    "A bound, not an estimate: true survival lies between this and the upper bound, whatever the unfollowed did.",
  "catalogue.survival_12m_bound_high.label": "Still active at 12 months, if all the unfollowed run",
  "catalogue.survival_12m_bound_high.formula":
    "Followed awarded initiatives still active at 12 months plus the unfollowed ones, divided by all awards: every unfollowed initiative counts as running.",
  "catalogue.survival_12m_bound_high.caveat":
    "A bound, not an estimate: true survival lies between the lower bound and this, whatever the unfollowed did.",
  "catalogue.survival_12m_difference.label": "Difference in survival, awarded minus not awarded",
  "catalogue.survival_12m_difference.formula":
    "Still active at 12 months minus still active at 12 months without an award, in percentage points; empty where either is empty.",
  "catalogue.survival_12m_difference.caveat":
    "Not an effect of the Challenge: applicants without an award had weaker plans on average. Over several editions it is computed from the summed counts, not averaged.",
  "catalogue.survival_12m_difference_low.label": "Difference in survival, lower bound",
  "catalogue.survival_12m_difference_low.formula":
    "The lower bound of Newcombe's 95% interval (method 10) around the difference, from the two Wilson intervals (z = 1.959964).",
  "catalogue.survival_12m_difference_low.caveat":
    "Says how certain the difference is at these group sizes, not whether the groups are comparable.",
  "catalogue.survival_12m_difference_high.label": "Difference in survival, upper bound",
  "catalogue.survival_12m_difference_high.formula":
    "The upper bound of Newcombe's 95% interval (method 10) around the difference, from the two Wilson intervals (z = 1.959964).",
  "catalogue.survival_12m_difference_high.caveat":
    "Says how certain the difference is at these group sizes, not whether the groups are comparable.",
  "catalogue.assessed.label": "Assessed",
  "catalogue.assessed.formula": "Registrations with at least one assessment.",
  "catalogue.assessed.caveat":
    "Usually the submitted plans; an assessment without scores counts but has no score.",
  "catalogue.score_mean_awarded.label": "Mean score, awarded",
  "catalogue.score_mean_awarded.formula":
    "The mean score of assessed applicants with an award. An applicant's score: per criterion the mean over the assessors, weighted by the edition's rubric (its own criteria or the default rubric) and divided by the top of the scale, on 0–100.",
  "catalogue.score_mean_awarded.caveat":
    "Editions with another rubric or scale are brought to 0–100 but were not assessed the same way. Over several editions: the mean over all applicants together.",
  "catalogue.score_mean_not_awarded.label": "Mean score, not awarded",
  "catalogue.score_mean_not_awarded.formula":
    "The mean score of assessed applicants without an award. An applicant's score: per criterion the mean over the assessors, weighted by the edition's rubric (its own criteria or the default rubric) and divided by the top of the scale, on 0–100.",
  "catalogue.score_mean_not_awarded.caveat":
    "Editions with another rubric or scale are brought to 0–100 but were not assessed the same way. Over several editions: the mean over all applicants together.",
  "catalogue.assessor_spread.label": "Assessor spread",
  "catalogue.assessor_spread.formula":
    "Over applicants with 2 or more assessors: the mean difference between the highest and the lowest weighted score (0–100) of the individual assessors.",
  "catalogue.assessor_spread.caveat":
    "Applicants with a single assessor do not count. A large spread is not necessarily bad: some plans are debatable.",
  "catalogue.score_survival_auc.label": "Does the score predict survival? (AUC)",
  "catalogue.score_survival_auc.formula":
    "Over awarded initiatives with a 12-month measurement: the probability that a random still active one scored higher than a random stopped one; ties count half. Empty without both kinds.",
  "catalogue.score_survival_auc.caveat":
    "0.5 is guessing, 1 is perfect prediction. About awarded plans only: it says nothing about the rejected ones.",
  "catalogue.activities.label": "Activities",
  "catalogue.activities.formula":
    "The number of programme activities: workshops, coaching, network meetings, masterclasses and other.",
  "catalogue.activities.caveat": "Counts meetings, not their content or quality.",
  "catalogue.activity_hours.label": "Programme hours",
  "catalogue.activity_hours.formula":
    "The sum of the activities' hours; empty when no activity has hours.",
  "catalogue.activity_hours.caveat":
    "The length of the meetings, not multiplied by the number of participants.",
  "catalogue.activity_participants.label": "Activity participants",
  "catalogue.activity_participants.formula":
    "The sum of the activities' participants; empty when no activity has participants.",
  "catalogue.activity_participants.caveat":
    "Attendances, not people: someone at three workshops counts three times.",
  "catalogue.activities_workshop.label": "Activities: workshops",
  "catalogue.activities_workshop.formula":
    "The number of programme activities: workshops, coaching, network meetings, masterclasses and other. Only workshops.",
  "catalogue.activities_workshop.caveat": "Counts meetings, not their content or quality.",
  "catalogue.activities_coaching.label": "Activities: coaching",
  "catalogue.activities_coaching.formula":
    "The number of programme activities: workshops, coaching, network meetings, masterclasses and other. Only coaching.",
  "catalogue.activities_coaching.caveat": "Counts meetings, not their content or quality.",
  "catalogue.activities_network.label": "Activities: network meetings",
  "catalogue.activities_network.formula":
    "The number of programme activities: workshops, coaching, network meetings, masterclasses and other. Only network meetings.",
  "catalogue.activities_network.caveat": "Counts meetings, not their content or quality.",
  "catalogue.activities_masterclass.label": "Activities: masterclasses",
  "catalogue.activities_masterclass.formula":
    "The number of programme activities: workshops, coaching, network meetings, masterclasses and other. Only masterclasses.",
  "catalogue.activities_masterclass.caveat": "Counts meetings, not their content or quality.",
  "catalogue.activities_other.label": "Activities: other activities",
  "catalogue.activities_other.formula":
    "The number of programme activities: workshops, coaching, network meetings, masterclasses and other. Only other activities.",
  "catalogue.activities_other.caveat": "Counts meetings, not their content or quality.",
  "catalogue.activity_hours_workshop.label": "Hours: workshops",
  "catalogue.activity_hours_workshop.formula":
    "The sum of the activities' hours; empty when no activity has hours. Only workshops.",
  "catalogue.activity_hours_workshop.caveat":
    "The length of the meetings, not multiplied by the number of participants.",
  "catalogue.activity_hours_coaching.label": "Hours: coaching",
  "catalogue.activity_hours_coaching.formula":
    "The sum of the activities' hours; empty when no activity has hours. Only coaching.",
  "catalogue.activity_hours_coaching.caveat":
    "The length of the meetings, not multiplied by the number of participants.",
  "catalogue.activity_hours_network.label": "Hours: network meetings",
  "catalogue.activity_hours_network.formula":
    "The sum of the activities' hours; empty when no activity has hours. Only network meetings.",
  "catalogue.activity_hours_network.caveat":
    "The length of the meetings, not multiplied by the number of participants.",
  "catalogue.activity_hours_masterclass.label": "Hours: masterclasses",
  "catalogue.activity_hours_masterclass.formula":
    "The sum of the activities' hours; empty when no activity has hours. Only masterclasses.",
  "catalogue.activity_hours_masterclass.caveat":
    "The length of the meetings, not multiplied by the number of participants.",
  "catalogue.activity_hours_other.label": "Hours: other activities",
  "catalogue.activity_hours_other.formula":
    "The sum of the activities' hours; empty when no activity has hours. Only other activities.",
  "catalogue.activity_hours_other.caveat":
    "The length of the meetings, not multiplied by the number of participants.",
  "catalogue.activity_participants_workshop.label": "Participants: workshops",
  "catalogue.activity_participants_workshop.formula":
    "The sum of the activities' participants; empty when no activity has participants. Only workshops.",
  "catalogue.activity_participants_workshop.caveat":
    "Attendances, not people: someone at three workshops counts three times.",
  "catalogue.activity_participants_coaching.label": "Participants: coaching",
  "catalogue.activity_participants_coaching.formula":
    "The sum of the activities' participants; empty when no activity has participants. Only coaching.",
  "catalogue.activity_participants_coaching.caveat":
    "Attendances, not people: someone at three workshops counts three times.",
  "catalogue.activity_participants_network.label": "Participants: network meetings",
  "catalogue.activity_participants_network.formula":
    "The sum of the activities' participants; empty when no activity has participants. Only network meetings.",
  "catalogue.activity_participants_network.caveat":
    "Attendances, not people: someone at three workshops counts three times.",
  "catalogue.activity_participants_masterclass.label": "Participants: masterclasses",
  "catalogue.activity_participants_masterclass.formula":
    "The sum of the activities' participants; empty when no activity has participants. Only masterclasses.",
  "catalogue.activity_participants_masterclass.caveat":
    "Attendances, not people: someone at three workshops counts three times.",
  "catalogue.activity_participants_other.label": "Participants: other activities",
  "catalogue.activity_participants_other.formula":
    "The sum of the activities' participants; empty when no activity has participants. Only other activities.",
  "catalogue.activity_participants_other.caveat":
    "Attendances, not people: someone at three workshops counts three times.",
  "catalogue.respondents.label": "Respondents",
  "catalogue.respondents.formula": "The number of evaluation surveys.",
  "catalogue.respondents.caveat":
    "Respondents choose to answer; satisfied and dissatisfied participants do not respond equally often.",
  "catalogue.satisfaction_mean.label": "Satisfaction (mean mark)",
  "catalogue.satisfaction_mean.formula":
    "The mean overall mark (1–10) over the surveys with a mark.",
  "catalogue.satisfaction_mean.caveat":
    "Respondents choose to answer; satisfied and dissatisfied participants do not respond equally often.",
  "catalogue.nps.label": "Net Promoter Score",
  "catalogue.nps.formula":
    "100 × (the share recommending the Challenge with 9 or 10 − the share answering 0 to 6), over the surveys answering that question.",
  "catalogue.nps.caveat":
    "Runs from −100 to 100 and jumps about with few respondents. Respondents choose to answer; satisfied and dissatisfied participants do not respond equally often.",
  "catalogue.returning_share.label": "Returning participants",
  "catalogue.returning_share.formula":
    "Registrations by earlier participants, divided by all registrations.",
  "catalogue.returning_share.caveat":
    "As the applicant states it; in a municipality's first edition it should be 0.",
  "catalogue.word_of_mouth_share.label": "Referred by word of mouth",
  "catalogue.word_of_mouth_share.formula":
    "Registrations that came by word of mouth or through a former participant, divided by the registrations with a known referral.",
  "catalogue.word_of_mouth_share.caveat":
    "Registrations that did not answer the question do not count.",
  // Counts a rate can rest on that are not metrics of their own.
  "catalogue.count.followed_12m_unfunded": "Followed at 12 months, not awarded",
  "catalogue.count.compared_12m":
    "The smaller of the two followed groups (with and without an award)",
  // The coverage beside survival (reports/metrics/coverage.ts).
  "catalogue.coverage.followed": "{followed} of {awarded} followed up ({rate})",
  "catalogue.coverage.bounds":
    "between {low} and {high}: for {unknown} of the {awarded} initiatives we do not know",
  "catalogue.count.scored_awarded": "Scored, awarded",
  "catalogue.count.scored_not_awarded": "Scored, not awarded",
  "catalogue.count.multi_assessed": "Applicants with 2+ assessors",
  "catalogue.count.scored_followed_12m": "Awarded, scored and followed at 12 months",
  "catalogue.count.overall_answers": "Surveys with an overall mark",
  "catalogue.count.recommend_answers": "Surveys answering the recommend question",
  "catalogue.count.referred": "Registrations with a known referral",
  // The command line's metrics table.
  "catalogue.table.titleOne": "Metrics of {count} edition, computed at {at}",
  "catalogue.table.titleMany": "Metrics of {count} editions, computed at {at}",
  "catalogue.table.together": "Together",
  "catalogue.table.none": "No editions match this selection.",
  "catalogue.table.coverage": "{label}: how many were followed up",
  "catalogue.table.fewCases": "{mark} rests on fewer than 10 cases.",
};
