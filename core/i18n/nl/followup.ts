// The follow-up (issue 19): the personal links and their command, and the
// form behind a link with the labels of the outcomes' and survey's columns.
export const followupNl = {
  "cli.followup.summary":
    "maakt persoonlijke opvolgingslinks (links), mailt ze (send, remind), trekt ze in (revoke), of stelt de momenten in (moments)",
  "cli.followup.usage":
    "Gebruik: impact followup links <editie> --moment <maanden> --out <bestand.csv|bestand.xlsx>\n       impact followup send <editie> --moment <maanden> [--again]\n       impact followup remind <editie> --moment <maanden>\n       impact followup revoke <editie> --moment <maanden> [--applicant <aanmelding_id>]\n       impact followup moments <editie> [<maanden,maanden,...>]\n\n  links    een nieuwe link voor iedere genodigde (elk toegekend initiatief en elke aanmelding\n           zonder toekenning met een plan) voor dat moment; hun oudere links voor dat moment\n           worden ingetrokken, want een link is alleen te zien wanneer hij gemaakt wordt.\n           Het bestand heeft per genodigde applicant_id, initiative, email en url (voor een mail merge).\n  send     mailt iedere genodigde met een e-mailadres een uitnodiging met een nieuwe persoonlijke link;\n           niet wie zich afmeldde, al antwoordde of al een uitnodiging kreeg (opnieuw: --again)\n  remind   mailt een herinnering met een extra link aan wie nog niet antwoordde en een geldige link heeft\n  revoke   trekt de links van dat moment in, of alleen die van één aanmelding\n  moments  toont de momenten van de editie, of stelt ze in (zoals 6,12,36); standaard {moments}\n\n  --moment   maanden na de toekenning, een van de momenten van de editie\n\nEen link verloopt 120 dagen na het moment (de eerste toekenningsdatum van de editie, anders de finale,\nplus de maanden), of 120 dagen na het maken als dat later is. Het adres begint met IMPACT_PUBLIC_URL.\nsend en remind mailen via SMTP_URL, afzender SMTP_FROM, in de taal van de aanmelding.",
  "followup.choose": "Kies links, send, remind, revoke of moments, met één editie.",
  "followup.noMail":
    "Er is geen mailserver ingesteld. Zet SMTP_URL (zoals smtps://gebruiker:wachtwoord@mail.example.nl:465) en SMTP_FROM (het afzenderadres, zoals SOC <opvolging@example.nl>) en probeer het opnieuw. Zonder mailserver maakt impact followup links een bestand voor een mail merge.",
  "followup.mailSummary":
    "{sent} e-mails verstuurd, {failed} mislukt. Overgeslagen: {optedOut} afgemeld, {answered} al geantwoord, {alreadyInvited} al uitgenodigd (opnieuw met --again), {noLiveLink} zonder geldige link, {noAddress} zonder e-mailadres.",
  "followup.mailFailedSome":
    "{failed} e-mails zijn niet aangenomen door de mailserver; zie de waarschuwingen hierboven. Voor uitnodigingen: impact followup send nog eens uitvoeren probeert alleen wie de uitnodiging nog niet kreeg.",
  "followup.mail.failed":
    "Opvolgingsmail voor {edition} ({months} maanden) niet aangenomen: {reason}",
  "followup.mail.invitation.subject": "Hoe gaat het met {initiative}?",
  "followup.mail.reminder.subject": "Herinnering: hoe gaat het met {initiative}?",
  "followup.mail.greeting": "Beste ondernemer van {initiative},",
  "followup.mail.invitation.body":
    "{months} maanden geleden deed {initiative} mee aan de Sociale Ondernemers Challenge. We horen graag hoe het nu gaat: een paar vragen over uw initiatief, in ongeveer tien minuten. Uw antwoorden helpen de gemeente het programma te verbeteren.",
  "followup.mail.reminder.body":
    "Kort geleden vroegen we hoe het gaat met {initiative}, {months} maanden na de Sociale Ondernemers Challenge. We hebben uw antwoorden nog niet ontvangen en horen graag van u; het kost ongeveer tien minuten.",
  "followup.mail.link": "Uw persoonlijke link, zonder wachtwoord: {url}",
  "followup.mail.optOut": "Wilt u geen e-mail meer over de opvolging? Meld u af via {optOut}",
  "followup.optOut.title": "Geen e-mail meer over de opvolging",
  "followup.optOut.question":
    "Wilt u geen e-mail meer ontvangen over de opvolging van {initiative}? Uw antwoorden en uw link blijven bewaard; u kunt nog steeds antwoorden als u dat wilt.",
  "followup.optOut.submit": "Afmelden",
  "followup.optOut.done":
    "U bent afgemeld: u krijgt geen e-mail meer over de opvolging van {initiative}.",
  "followup.response.title": "Respons op de opvolging",
  "followup.response.caption":
    "Per opvolgmoment: genodigden (met een link voor dat moment), wie antwoordde en de respons",
  "followup.response.moment": "Moment",
  "followup.response.months": "{months} maanden",
  "followup.response.invited": "Uitgenodigd",
  "followup.response.answered": "Geantwoord",
  "followup.response.rate": "Respons",
  "followup.response.missing": "Nog geen antwoord",
  "followup.response.none": "Nog niemand uitgenodigd voor de opvolging.",
  "followup.badMoment":
    "--moment is een heel aantal maanden na de toekenning, 1 tot 120, niet '{value}'.",
  "followup.badMoments":
    "Geef de momenten als maanden van 1 tot 120 met komma's, zoals 6,12,24; niet '{value}'.",
  "followup.notAMoment":
    "{months} maanden is geen opvolgmoment van {edition} ({moments}); stel het in met impact followup moments.",
  "followup.unknownEdition": "De editie {edition} bestaat niet.",
  "followup.moments": "Opvolgmomenten van {edition}: {moments} maanden na de toekenning.",
  "followup.giveOut": "Geef het doelbestand: --out links.csv of --out links.xlsx",
  "followup.extension": "Het doelbestand eindigt op .csv of .xlsx.",
  "followup.noAwardsDay":
    "De editie {edition} bestaat niet, of heeft geen toekenningsdatum en geen finale: daar telt de opvolging vanaf.",
  "followup.written": "{count} links geschreven: {file}",
  "followup.revoked": "{count} links ingetrokken.",
  "followup.sheet": "Opvolgingslinks",

  "followup.title": "Hoe gaat het met {initiative}?",
  "followup.intro":
    "{months} maanden na de toekenning horen we graag hoe het gaat. Uw antwoorden helpen de gemeente het programma te verbeteren. U kunt dit formulier opnieuw versturen zolang de link geldig is; dan passen we uw antwoorden aan.",
  "followup.outcomes": "Uw initiatief nu",
  "followup.survey": "Uw ervaring met het programma",
  "followup.submit": "Versturen",
  "followup.thanks.title": "Bedankt",
  "followup.thanks.body":
    "Uw antwoorden zijn opgeslagen. Wilt u iets aanpassen? Open de link dan opnieuw en verstuur het formulier nog eens.",
  "followup.ended.title": "Deze link is niet meer geldig",
  "followup.ended.body":
    "De link is verlopen of ingetrokken. Wilt u toch nog antwoorden? Neem dan contact op met de gemeente; u krijgt een nieuwe link.",
  "followup.unknown.title": "Deze link kennen we niet",
  "followup.unknown.body": "Controleer of u de hele link uit de e-mail hebt overgenomen.",
  "followup.throttled":
    "Dit formulier is net te vaak verstuurd. Probeer het over tien minuten opnieuw.",

  "form.outcomes.active": "Is het initiatief nog actief?",
  "form.outcomes.revenue_eur": "Omzet in de afgelopen 12 maanden (euro)",
  "form.outcomes.jobs_fte": "Betaalde banen (fte)",
  "form.outcomes.jobs_distance_fte":
    "Waarvan voor mensen met een afstand tot de arbeidsmarkt (fte)",
  "form.outcomes.volunteers": "Vrijwilligers",
  "form.outcomes.beneficiaries": "Bereikte personen",
  "form.outcomes.follow_on_funding_eur": "Vervolgfinanciering sinds de toekenning (euro)",
  "form.outcomes.partnerships": "Samenwerkingen met lokale ondernemers",
  "form.surveys.overall": "Uw oordeel over het programma als geheel (1 tot 10)",
  "form.surveys.intake_rating": "De intake (1 tot 10)",
  "form.surveys.coaching": "De coaching (1 tot 10)",
  "form.surveys.workshops": "De workshops (1 tot 10)",
  "form.surveys.network": "Het netwerk (1 tot 10)",
  "form.surveys.recommend": "Hoe waarschijnlijk raadt u het programma aan (0 tot 10)?",
  "form.surveys.quote": "Wat wilt u kwijt over het programma?",
  "form.surveys.quote_consent": "De gemeente mag mijn woorden hierboven citeren",
} as const;
