import type { followupNl } from "../nl/followup";

export const followupEn: Record<keyof typeof followupNl, string> = {
  "cli.followup.summary":
    "makes personal follow-up links (links), e-mails them (send, remind), revokes them (revoke), or sets the moments (moments)",
  "cli.followup.usage":
    "Usage: impact followup links <edition> --moment <months> --out <file.csv|file.xlsx>\n       impact followup send <edition> --moment <months> [--again]\n       impact followup remind <edition> --moment <months>\n       impact followup revoke <edition> --moment <months> [--applicant <applicant_id>]\n       impact followup moments <edition> [<months,months,...>]\n\n  links    a fresh link for every invitee (each awarded initiative and each applicant without\n           an award who handed in a plan) for that moment; their older links for that moment\n           are revoked, as a link can only be shown when it is made.\n           The file has per invitee applicant_id, initiative, email and url (for a mail merge).\n  send     e-mails every invitee with an address an invitation with a fresh personal link; not who\n           opted out, already answered or already had an invitation (again: --again)\n  remind   e-mails a reminder with an extra link to who has not answered and has a valid link\n  revoke   revokes the links of that moment, or only those of one applicant\n  moments  shows the edition's moments, or sets them (such as 6,12,36); by default {moments}\n\n  --moment   months after the awards, one of the edition's moments\n\nA link expires 120 days after its moment (the edition's first award date, else its finale,\nplus the months), or 120 days after it was made if that is later. Its address starts with IMPACT_PUBLIC_URL.\nsend and remind mail through SMTP_URL, sender SMTP_FROM, in the language of the registration.",
  "followup.choose": "Choose links, send, remind, revoke or moments, with one edition.",
  "followup.noMail":
    "No mail server is set. Set SMTP_URL (such as smtps://user:password@mail.example.nl:465) and SMTP_FROM (the sender, such as SOC <followup@example.nl>) and try again. Without a mail server, impact followup links makes a file for a mail merge.",
  "followup.mailSummary":
    "{sent} e-mails sent, {failed} failed. Skipped: {optedOut} opted out, {answered} already answered, {alreadyInvited} already invited (again with --again), {noLiveLink} without a valid link, {noAddress} without an e-mail address.",
  "followup.mailFailedSome":
    "{failed} e-mails were not accepted by the mail server; see the warnings above. For invitations: running impact followup send again retries only those who did not get it yet.",
  "followup.mail.failed": "Follow-up e-mail for {edition} ({months} months) not accepted: {reason}",
  "followup.mail.invitation.subject": "How is {initiative} doing?",
  "followup.mail.reminder.subject": "Reminder: how is {initiative} doing?",
  "followup.mail.greeting": "Dear entrepreneur of {initiative},",
  "followup.mail.invitation.body":
    "{months} months ago {initiative} took part in the Sociale Ondernemers Challenge. We would like to hear how it is doing now: a few questions about your initiative, in about ten minutes. Your answers help the municipality improve the programme.",
  "followup.mail.reminder.body":
    "Recently we asked how {initiative} is doing, {months} months after the Sociale Ondernemers Challenge. We have not received your answers yet and would like to hear from you; it takes about ten minutes.",
  "followup.mail.link": "Your personal link, no password needed: {url}",
  "followup.mail.optOut": "No more e-mail about the follow-up? Opt out at {optOut}",
  "followup.optOut.title": "No more e-mail about the follow-up",
  "followup.optOut.question":
    "Do you want to stop receiving e-mail about the follow-up of {initiative}? Your answers and your link are kept; you can still answer if you wish.",
  "followup.optOut.submit": "Opt out",
  "followup.optOut.done":
    "You have opted out: you will receive no more e-mail about the follow-up of {initiative}.",
  "followup.response.title": "Response to the follow-up",
  "followup.response.caption":
    "Per follow-up moment: invitees (with a link for that moment), who answered, and the response rate",
  "followup.response.moment": "Moment",
  "followup.response.months": "{months} months",
  "followup.response.invited": "Invited",
  "followup.response.answered": "Answered",
  "followup.response.rate": "Response",
  "followup.response.missing": "No answer yet",
  "followup.response.none": "Nobody invited to the follow-up yet.",
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
