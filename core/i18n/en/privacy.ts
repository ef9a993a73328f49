import type { privacyNl } from "../nl/privacy";

export const privacyEn: Record<keyof typeof privacyNl, string> = {
  "privacy.choose":
    "Choose erase, export or sweep: impact privacy erase <edition> <applicant>, impact privacy export <edition> <applicant> --out file.json, impact privacy sweep, impact privacy record.",
  "privacy.giveRegistration":
    "Give the edition and the applicant, such as groningen-2020 GRO-17-042.",
  "privacy.giveOut": "Give the output file: --out person.json or --out person.xlsx",
  "privacy.outExtension": "The output file ends in .json or .xlsx.",
  "privacy.unknownEdition": "The edition {edition} does not exist. Nothing was changed or written.",
  "privacy.unknownApplicant":
    "The edition {edition} has no applicant {applicant}. Nothing was changed or written.",
  "privacy.erased":
    "Applicant {applicant} of {edition} is erased: name, e-mail, phone, the idea, quotes, the assessors' comments and stories, in the import history too. The counts, amounts and outcomes stay, so every figure stays the same. The registration is now called {erasedAs} and has a new pseudonym. Erase the person in the source file as well: an import that still holds their rows is refused.",
  "privacy.exported": "Everything stored about applicant {applicant} of {edition} is in {file}.",
  "privacy.swept":
    "Retention {years} years after the edition's year, as of {asOf}: {n} registrations erased in {editions}.",
  "privacy.sweptNothing":
    "Retention {years} years after the edition's year, as of {asOf}: nothing to erase.",
  "privacy.badDate": "--as-of is a date such as 2033-01-01, not {value}.",
  "privacy.page.title": "Privacy: erasure and access",
  "privacy.page.intro":
    "An entrepreneur may ask for everything stored about them (GDPR article 15) and for erasure (article 17). Erasing removes name, e-mail, phone, the idea, quotes, the assessors' comments and stories, from the import history too; counts, amounts and outcomes stay, so every published figure stays the same.",
  "privacy.page.retention":
    "Retention: an edition's personal data is erased {years} years after the edition's year (IMPACT_RETENTION_YEARS).",
  "privacy.page.edition": "Edition",
  "privacy.page.applicant": "Applicant",
  "privacy.access.legend": "Access: everything about one applicant",
  "privacy.access.submit": "Download as JSON",
  "privacy.erase.legend": "Erasure on request",
  "privacy.erase.confirm": "I have checked the request; erasure cannot be undone.",
  "privacy.erase.submit": "Erase this applicant",
  "privacy.page.invalid": "Give an edition and an applicant and tick the confirmation.",
  "privacy.page.erasures": "Erasures",
  "privacy.page.when": "When",
  "privacy.page.by": "By",
  "privacy.page.reason": "Why",
  "privacy.page.erasedAs": "What",
  "privacy.page.renamed": "now called {erasedAs}",
  "privacy.page.registrations": "{n} registrations",
  "privacy.page.none": "Nothing erased yet.",
  "privacy.reason.request": "on request",
  "privacy.reason.retention": "retention period",
  "privacy.nav": "Privacy",
  "privacy.sweepFailed":
    "The erasure after the retention period failed and is tried again in an hour: {reason}",
  "privacy.record.title": "Record of processing of SOC Impact Monitor",
  "privacy.record.generated":
    "This record is generated from the import contract (the columns it marks `personal`) and the code; `impact privacy record` writes it anew, and a test keeps it equal to the code.",
  "privacy.record.intro":
    "Which personal data the product keeps, why, who sees it per role, how long and where. The controller is the municipality with Buro Bries; administrators answer access and erasure requests with `impact privacy export` and `impact privacy erase` or on /beheer/privacy.",
  "privacy.record.column.data": "Data",
  "privacy.record.column.stored": "Stored in",
  "privacy.record.column.purpose": "Why",
  "privacy.record.column.seenBy": "Who sees it",
  "privacy.record.column.retention": "How long",
  "privacy.record.contract.purpose":
    "Contact with the participant during the Challenge and the coaching year, and following up results; never in a figure.",
  "privacy.record.contract.seenBy":
    "Administrators (full export, access request). Not: municipality users, researchers (who get a pseudonym), public factsheets, logs.",
  "privacy.record.contract.retention":
    "Until {years} years after the edition's year, then erased (IMPACT_RETENTION_YEARS); earlier on request.",
  "privacy.record.comment.data": "An assessor's comment: describes the participant and the plan",
  "privacy.record.comment.purpose": "Explains the jury's assessment.",
  "privacy.record.comment.seenBy":
    "Administrators (full export). Never in research exports or on pages.",
  "privacy.record.quote.data": "Participants' quotes (survey, stories)",
  "privacy.record.quote.purpose": "Showing participants' experiences.",
  "privacy.record.quote.seenBy":
    "Administrators; with consent (survey) or published (story) also whoever sees the edition and the public factsheet.",
  "privacy.record.story.data": "A story about an initiative: title and summary",
  "privacy.record.story.purpose": "Examples of what the Challenge achieves.",
  "privacy.record.story.seenBy":
    "Published stories: whoever sees the edition and the public factsheet; others administrators only.",
  "privacy.record.history.data":
    "Import history: every row as it was before an import changed it, with the data above",
  "privacy.record.history.purpose": "Being able to undo an import.",
  "privacy.record.history.seenBy": "Nobody directly; undoing an import puts the rows back.",
  "privacy.record.accounts.data": "Accounts: name and e-mail address of staff",
  "privacy.record.accounts.purpose": "Logging in, and rights per role and municipality.",
  "privacy.record.accounts.seenBy": "Administrators (/beheer/gebruikers); the user themselves.",
  "privacy.record.accounts.retention":
    "As long as the account exists; a disabled account is kept for the audit log.",
  "privacy.record.audit.data": "Audit log: who (the staff member's e-mail address) did what, when",
  "privacy.record.audit.purpose":
    "Accountability: imports, exports with personal data, publications, accounts, erasures.",
  "privacy.record.audit.seenBy": "Administrators. An erasure is in it without the erased data.",
  "privacy.record.audit.retention": "Without limit (it holds no participants' data).",
  "privacy.record.failures.data": "Failed logins: e-mail address and IP address",
  "privacy.record.failures.purpose": "Slowing down password guessing.",
  "privacy.record.failures.seenBy": "Nobody; only the app counts them.",
  "privacy.record.failures.retention": "One day.",
  "privacy.record.uploads.data": "An uploaded file between an import's check and its confirmation",
  "privacy.record.uploads.purpose": "Storing an import only after confirmation.",
  "privacy.record.uploads.seenBy": "The administrator who uploaded it.",
  "privacy.record.uploads.retention":
    "Until the import is confirmed or abandoned, at most an hour; `impact serve` removes expired uploads every hour, and an erasure removes every waiting upload.",
  "privacy.record.idea.data":
    "The idea in the applicant's own words (registration form): may name people",
  "privacy.record.idea.purpose": "Assessing the plan and preparing the coaching.",
  "privacy.record.idea.seenBy":
    "Administrators (registrations, full export, access request). Not: municipality users, researchers, public factsheets, logs.",
  "privacy.record.attempts.data":
    "Attempts to register or to send a follow-up form: a keyed hash of the IP address, or of the link",
  "privacy.record.attempts.purpose":
    "Slowing down spam on the public registration form (at most 5 per 10 minutes per address) and a script on one follow-up link (at most 10 per 10 minutes).",
  "privacy.record.attempts.seenBy": "Nobody; only the app counts them.",
  "privacy.record.attempts.retention": "Ten minutes; removed at the next attempt.",
  "privacy.record.followup.data":
    "Personal follow-up links: per invited applicant and moment the SHA-256 of the link, when it was made, expires or was revoked (the link itself is not kept)",
  "privacy.record.followup.purpose":
    "Asking the awarded initiatives and the comparison group (applicants with a plan) about their outcomes and experience, without a login.",
  "privacy.record.followup.seenBy":
    "Nobody in the app. The administrator gets the links once, in the file of `impact followup links` (with the initiative's name and e-mail address, for a mail merge), or `impact followup send` and `remind` e-mail them straight to the applicant.",
  "privacy.record.followupMail.data":
    "Follow-up by e-mail: the language someone registered in, whether and when someone opted out of follow-up e-mail, and when which invitation or reminder was sent (no address, no content)",
  "privacy.record.followupMail.purpose":
    "Sending the invitation and reminder in the person's own language, inviting nobody twice, and no more e-mail to who opted out.",
  "privacy.record.followupMail.seenBy":
    "Nobody in the app; administrators see per moment who has not answered (the initiative's name), policymakers counts only.",
  "privacy.record.where.title": "Where",
  "privacy.record.where.text":
    "In one database: the embedded database in the folder IMPACT_DATA_DIR (default .data) on the app's server, or the PostgreSQL server of DATABASE_URL. Backups of that database hold the same data and follow the same period of {years} years. The pseudonyms' key is in IMPACT_SECRET or in the database.",
  "privacy.record.processors.title": "Processors",
  "privacy.record.processors.text":
    "The product itself sends nothing to third parties: no analytics, no external fonts or scripts. PDFs are made by Chromium on the same server. E-mail (a registration's confirmation, the follow-up's invitation and reminder) goes only through the SMTP server of SMTP_URL, when set: whoever runs that server is a processor too. The processor is whoever hosts the server or the PostgreSQL database; record that in a data processing agreement. Researchers get pseudonymised exports under a data agreement.",
  "privacy.record.rights.title": "Data subjects' rights",
  "privacy.record.rights.text":
    "Access (article 15): `impact privacy export <edition> <applicant> --out file.json` or on /beheer/privacy. Erasure (article 17): `impact privacy erase <edition> <applicant>` or on /beheer/privacy; the figures stay the same and the registration gets a new number and pseudonym (decision 023). After {years} years `impact privacy sweep` (hourly in `impact serve`) erases everything by itself.",
  "privacy.record.nav": "Record of processing",
  "privacy.recordWritten": "Record of processing written: {file}",
};
