// The contract's descriptions in Dutch: what each dataset holds and what each
// column means, as the template, the codebook and the docs show them. The
// keys and aliases themselves are input vocabulary and stay in core/contract.
// A column named in a description is a placeholder named by its key
// ({max_share}), filled in with its name in the reader's language
// (columnDescription in core/contract/datasets.ts); {{year}} shows it in braces.
export const contractNl = {
  "column.edition_id.description": "De editie (moet bestaan).",
  "column.applicant_id.description": "De aanmelding (moet bestaan in deze editie).",
  "dataset.editions.description": "Eén Challenge in één gemeente in één jaar.",
  "column.editions.edition_id.description":
    "Korte unieke naam: kleine letters, cijfers en streepjes.",
  "column.editions.municipality.description": "De gemeente; met het jaar uniek.",
  "column.editions.year.description": "Het jaar van de editie.",
  "column.editions.name.description": "Naam; leeg betekent 'SOC {{municipality}} {{year}}'.",
  "column.editions.themes.description": "Thema's, gescheiden door puntkomma's.",
  "column.editions.budget_eur.description": "Het budget voor microkredieten, in euro.",
  "column.editions.max_share.description":
    "Het grootste deel van een startbudget dat publiek geld mag zijn (standaard 0,5).",
  "column.editions.score_scale_max.description":
    "Het hoogste cijfer van de beoordeling (standaard 10).",
  "column.editions.launched_on.description": "Start van de campagne.",
  "column.editions.closed_on.description": "Sluiting van de aanmelding.",
  "column.editions.finale_on.description": "De finale met prijsuitreiking.",
  "dataset.criteria.description":
    "De beoordelingscriteria van een editie met hun weging. Zonder rijen geldt de standaardrubriek.",
  "column.criteria.criterion.description": "Korte naam van het criterium; 'impact' is verplicht.",
  "column.criteria.label.description": "Naam zoals getoond.",
  "column.criteria.weight.description": "Gewicht; impact weegt zwaarder dan elk ander criterium.",
  "dataset.applicants.description": "Eén aanmelding voor een editie.",
  "column.applicants.applicant_id.description":
    "Eigen nummer of code van de aanmelding, uniek binnen de editie.",
  "column.applicants.initiative.description": "Naam van het initiatief.",
  "column.applicants.organisation.description": "De organisatie erachter.",
  "column.applicants.entrepreneur.description": "Naam van de ondernemer.",
  "column.applicants.email.description": "E-mailadres.",
  "column.applicants.phone.description": "Telefoonnummer.",
  "column.applicants.theme.description": "Thema van het initiatief.",
  "column.applicants.district.description": "Wijk waar het initiatief werkt.",
  "column.applicants.stage.description": "Fase van het initiatief.",
  "column.applicants.returning.description": "Deed eerder mee aan een editie.",
  "column.applicants.referral.description": "Hoe de ondernemer van de Challenge hoorde.",
  "column.applicants.registered_on.description": "Datum van aanmelding.",
  "column.applicants.intake.description": "Intakegesprek gehouden.",
  "column.applicants.plan_submitted.description": "Plan met begroting ingediend.",
  "column.applicants.kvk_number.description":
    "KvK-nummer (8 cijfers) van de organisatie achter het initiatief, zoals een stichting of B.V.; geeft haar geregistreerde identificatie in open data (NL-KVK-…). Leeg laten voor een eenmanszaak of een initiatief zonder rechtspersoon: dat verschijnt in open data als ontvangende persoon, zonder persoonsgegevens.",
  "column.applicants.idea.description":
    "Het idee zoals beschreven bij de aanmelding (hoogstens 2000 tekens). Vrije tekst noemt vaak personen: daarom niet in onderzoeksexports.",
  "column.applicants.start_budget_eur.description": "Het startbudget in het plan, in euro.",
  "column.applicants.requested_eur.description":
    "Het gevraagde microkrediet in het plan, in euro; hoogstens {max_share} × {start_budget_eur} waar beide zijn ingevuld.",
  "dataset.assessments.description":
    "De cijfers van één beoordelaar voor één aanmelding: één kolom per criterium van de rubriek.",
  "column.assessments.assessor.description": "Naam of code van de beoordelaar.",
  "column.assessments.comment.description": "Toelichting bij de cijfers.",
  "dataset.awards.description": "Een toegekend microkrediet.",
  "column.awards.start_budget_eur.description":
    "Het totale startbudget van het initiatief, in euro.",
  "column.awards.microcredit_eur.description":
    "Het microkrediet; hoogstens {max_share} van het startbudget.",
  "column.awards.own_contribution_eur.description": "Eigen bijdrage, in euro.",
  "column.awards.cofunding_eur.description": "Geld van andere financiers, in euro.",
  "column.awards.awarded_on.description": "Datum van toekenning.",
  "column.awards.instrument.description": "Vorm van de financiering.",
  "dataset.outcomes.description":
    "Een meting van één initiatief, een aantal maanden na de toekenningen.",
  "column.outcomes.months.description": "Maanden sinds de toekenningen van de editie.",
  "column.outcomes.active.description": "Het initiatief loopt nog.",
  "column.outcomes.revenue_eur.description": "Omzet over de afgelopen 12 maanden, in euro.",
  "column.outcomes.jobs_fte.description": "Betaalde banen, in fte.",
  "column.outcomes.jobs_distance_fte.description":
    "Waarvan voor mensen met een afstand tot de arbeidsmarkt; niet meer dan {jobs_fte}.",
  "column.outcomes.volunteers.description": "Aantal vrijwilligers.",
  "column.outcomes.beneficiaries.description": "Aantal bereikte mensen.",
  "column.outcomes.follow_on_funding_eur.description":
    "Opgehaald sinds de toekenning, opgeteld, in euro.",
  "column.outcomes.partnerships.description": "Samenwerkingen met lokale bedrijven.",
  "dataset.surveys.description": "De ervaring van één deelnemer.",
  "column.surveys.respondent_id.description": "Code van de respondent.",
  "column.surveys.applicant_id.description": "De aanmelding van de respondent, als bekend.",
  "column.surveys.overall.description": "Algemeen cijfer (1–10).",
  "column.surveys.intake_rating.description": "Cijfer voor de intake (1–10).",
  "column.surveys.coaching.description": "Cijfer voor de coaching (1–10).",
  "column.surveys.workshops.description": "Cijfer voor de workshops (1–10).",
  "column.surveys.network.description": "Cijfer voor de netwerkbijeenkomsten (1–10).",
  "column.surveys.recommend.description": "Zou de Challenge aanbevelen (0–10).",
  "column.surveys.quote.description": "Citaat van de deelnemer.",
  "column.surveys.quote_consent.description":
    "Toestemming om het citaat te publiceren; zonder toestemming verlaat het citaat het product nooit.",
  "dataset.activities.description": "Een activiteit van het programma rond de microkredieten.",
  "column.activities.activity_id.description": "Code van de activiteit.",
  "column.activities.kind.description": "Soort activiteit.",
  "column.activities.title.description": "Titel.",
  "column.activities.held_on.description": "Datum.",
  "column.activities.hours.description": "Duur in uren.",
  "column.activities.participants.description": "Aantal deelnemers.",
  "dataset.stories.description": "Een verhaal over een initiatief voor factsheets en publicaties.",
  "column.stories.title.description": "Titel (hoogstens 120 tekens).",
  "column.stories.summary.description": "Samenvatting (hoogstens 400 tekens).",
  "column.stories.quote.description": "Citaat.",
  "column.stories.published.description":
    "Alleen gepubliceerde verhalen verschijnen op factsheets.",
} as const;
