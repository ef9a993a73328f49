import type { followupNl } from "../nl/followup";

export const followupEn: Record<keyof typeof followupNl, string> = {
  "cli.followup.summary":
    "makes personal follow-up links (links), revokes them (revoke), or sets the moments (moments)",
  "cli.followup.usage":
    "Usage: impact followup links <edition> --moment <months> --out <file.csv|file.xlsx>\n       impact followup revoke <edition> --moment <months> [--applicant <applicant_id>]\n       impact followup moments <edition> [<months,months,...>]\n\n  links    a fresh link for every invitee (each awarded initiative and each applicant without\n           an award who handed in a plan) for that moment; their older links for that moment\n           are revoked, as a link can only be shown when it is made.\n           The file has per invitee applicant_id, initiative, email and url (for a mail merge).\n  revoke   revokes the links of that moment, or only those of one applicant\n  moments  shows the edition's moments, or sets them (such as 6,12,36); by default {moments}\n\n  --moment   months after the awards, one of the edition's moments\n\nA link expires 120 days after its moment (the edition's first award date, else its finale,\nplus the months), or 120 days after it was made if that is later. Its address starts with IMPACT_PUBLIC_URL.",
  "followup.choose": "Choose links, revoke or moments, with one edition.",
  "followup.badMoment":
    "--moment is a whole number of months after the awards, 1 to 120, not '{value}'.",
  "followup.badMoments":
    "Give the moments as months from 1 to 120 with commas, such as 6,12,24; not '{value}'.",
  "followup.notAMoment":
    "{months} months is no follow-up moment of {edition} ({moments}); set it with impact followup moments.",
  "followup.unknownEdition": "The edition {edition} does not exist.",
  "followup.moments": "Follow-up moments of {edition}: {moments} months after the awards.",
  "followup.giveOut": "Give the target file: --out links.csv or --out links.xlsx",
  "followup.extension": "The target file ends in .csv or .xlsx.",
  "followup.noAwardsDay":
    "The edition {edition} does not exist, or has no award date and no finale: the follow-up counts from there.",
  "followup.written": "{count} links written: {file}",
  "followup.revoked": "{count} links revoked.",
  "followup.sheet": "Follow-up links",

  "followup.title": "How is {initiative} doing?",
  "followup.intro":
    "{months} months after the award we would like to hear how things are going. Your answers help the municipality improve the programme. You can send this form again as long as the link is valid; we then update your answers.",
  "followup.outcomes": "Your initiative now",
  "followup.survey": "Your experience of the programme",
  "followup.submit": "Send",
  "followup.thanks.title": "Thank you",
  "followup.thanks.body":
    "Your answers have been saved. Want to change something? Open the link again and send the form once more.",
  "followup.ended.title": "This link is no longer valid",
  "followup.ended.body":
    "The link has expired or was revoked. Would you still like to answer? Contact the municipality and you will get a new link.",
  "followup.unknown.title": "We do not know this link",
  "followup.unknown.body": "Check that you copied the whole link from the e-mail.",
  "followup.throttled": "This form was sent too often just now. Please try again in ten minutes.",

  "form.outcomes.active": "Is the initiative still running?",
  "form.outcomes.revenue_eur": "Revenue over the past 12 months (euros)",
  "form.outcomes.jobs_fte": "Paid jobs (FTE)",
  "form.outcomes.jobs_distance_fte":
    "Of which for people at a distance from the labour market (FTE)",
  "form.outcomes.volunteers": "Volunteers",
  "form.outcomes.beneficiaries": "People reached",
  "form.outcomes.follow_on_funding_eur": "Follow-on funding since the award (euros)",
  "form.outcomes.partnerships": "Partnerships with local businesses",
  "form.surveys.overall": "Your rating of the programme as a whole (1 to 10)",
  "form.surveys.intake_rating": "The intake (1 to 10)",
  "form.surveys.coaching": "The coaching (1 to 10)",
  "form.surveys.workshops": "The workshops (1 to 10)",
  "form.surveys.network": "The network (1 to 10)",
  "form.surveys.recommend": "How likely are you to recommend the programme (0 to 10)?",
  "form.surveys.quote": "Anything you would like to say about the programme?",
  "form.surveys.quote_consent": "The municipality may quote my words above",
} as const;
