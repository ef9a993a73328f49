import type { privacyNl } from "../nl/privacy";

export const privacyEn: Record<keyof typeof privacyNl, string> = {
  "privacy.choose":
    "Choose erase, export or sweep: impact privacy erase <edition> <applicant>, impact privacy export <edition> <applicant> --out file.json, impact privacy sweep.",
  "privacy.giveRegistration":
    "Give the edition and the applicant, such as groningen-2020 GRO-17-042.",
  "privacy.giveOut": "Give the output file: --out person.json or --out person.xlsx",
  "privacy.outExtension": "The output file ends in .json or .xlsx.",
  "privacy.unknownEdition": "The edition {edition} does not exist. Nothing was changed or written.",
  "privacy.unknownApplicant":
    "The edition {edition} has no applicant {applicant}. Nothing was changed or written.",
  "privacy.erased":
    "Applicant {applicant} of {edition} is erased: name, e-mail, phone, quotes, the assessors' comments and stories, in the import history too. The counts, amounts and outcomes stay, so every figure stays the same. The registration is now called {erasedAs} and has a new pseudonym. Erase the person in the source file as well: importing the old file again brings the data back.",
  "privacy.exported": "Everything stored about applicant {applicant} of {edition} is in {file}.",
  "privacy.swept":
    "Retention {years} years after the edition's year, as of {asOf}: {n} registrations erased in {editions}.",
  "privacy.sweptNothing":
    "Retention {years} years after the edition's year, as of {asOf}: nothing to erase.",
  "privacy.badDate": "--as-of is a date such as 2033-01-01, not {value}.",
  "privacy.page.title": "Privacy: erasure and access",
  "privacy.page.intro":
    "An entrepreneur may ask for everything stored about them (GDPR article 15) and for erasure (article 17). Erasing removes name, e-mail, phone, quotes, the assessors' comments and stories, from the import history too; counts, amounts and outcomes stay, so every published figure stays the same.",
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
  "privacy.page.erasedAs": "Now called",
  "privacy.page.none": "Nothing erased yet.",
  "privacy.reason.request": "on request",
  "privacy.reason.retention": "retention period",
  "privacy.nav": "Privacy",
  "privacy.sweepFailed":
    "The daily erasure after the retention period failed and is tried again tomorrow: {reason}",
};
