// The AVG (GDPR) part: erasure, access requests, retention, the record of
// processing.
export const privacyNl = {
  "privacy.choose":
    "Kies erase, export of sweep: impact privacy erase <editie> <aanmelding>, impact privacy export <editie> <aanmelding> --out bestand.json, impact privacy sweep, impact privacy record.",
  "privacy.giveRegistration": "Geef de editie en de aanmelding, zoals groningen-2020 GRO-17-042.",
  "privacy.giveOut": "Geef het doelbestand: --out persoon.json of --out persoon.xlsx",
  "privacy.outExtension": "Het doelbestand eindigt op .json of .xlsx.",
  "privacy.unknownEdition":
    "De editie {edition} bestaat niet. Er is niets gewijzigd of geschreven.",
  "privacy.unknownApplicant":
    "De editie {edition} heeft geen aanmelding {applicant}. Er is niets gewijzigd of geschreven.",
  "privacy.erased":
    "Aanmelding {applicant} van {edition} is gewist: naam, e-mail, telefoon, het idee, citaten, de toelichtingen van de beoordelaars en verhalen, ook in de importgeschiedenis. De aantallen, bedragen en uitkomsten blijven, dus elk cijfer blijft gelijk. De aanmelding heet nu {erasedAs} en heeft een nieuw pseudoniem. Wis de persoon ook in het bronbestand: een import die haar rijen nog bevat, wordt geweigerd.",
  "privacy.exported":
    "Alles wat over aanmelding {applicant} van {edition} bewaard is, staat in {file}.",
  "privacy.swept":
    "Bewaartermijn {years} jaar na het editiejaar, peildatum {asOf}: {n} aanmeldingen gewist in {editions}.",
  "privacy.sweptNothing":
    "Bewaartermijn {years} jaar na het editiejaar, peildatum {asOf}: niets te wissen.",
  "privacy.badDate": "--as-of is een datum als 2033-01-01, niet {value}.",
  "privacy.page.title": "Privacy: wissen en inzage",
  "privacy.page.intro":
    "Een ondernemer mag vragen om inzage in alles wat over hem of haar bewaard is (AVG artikel 15) en om wissing (artikel 17). Wissen haalt naam, e-mail, telefoon, het idee, citaten, de toelichtingen van de beoordelaars en verhalen weg, ook uit de importgeschiedenis; aantallen, bedragen en uitkomsten blijven, dus elk gepubliceerd cijfer blijft gelijk.",
  "privacy.page.retention":
    "Bewaartermijn: de persoonsgegevens van een editie worden {years} jaar na het editiejaar gewist (IMPACT_RETENTION_YEARS).",
  "privacy.page.edition": "Editie",
  "privacy.page.applicant": "Aanmelding",
  "privacy.access.legend": "Inzage: alles over één aanmelding",
  "privacy.access.submit": "Download als JSON",
  "privacy.erase.legend": "Wissen op verzoek",
  "privacy.erase.confirm":
    "Ik heb het verzoek gecontroleerd; wissen kan niet ongedaan worden gemaakt.",
  "privacy.erase.submit": "Wis deze aanmelding",
  "privacy.page.invalid": "Geef een editie en een aanmelding en vink de bevestiging aan.",
  "privacy.page.erasures": "Wissingen",
  "privacy.page.when": "Wanneer",
  "privacy.page.by": "Door",
  "privacy.page.reason": "Waarom",
  "privacy.page.erasedAs": "Wat",
  "privacy.page.renamed": "heet nu {erasedAs}",
  "privacy.page.registrations": "{n} aanmeldingen",
  "privacy.page.none": "Nog niets gewist.",
  "privacy.reason.request": "op verzoek",
  "privacy.reason.retention": "bewaartermijn",
  "privacy.nav": "Privacy",
  "privacy.sweepFailed":
    "De wissing na de bewaartermijn is mislukt en wordt over een uur opnieuw geprobeerd: {reason}",
  "privacy.record.title": "Verwerkingsregister van SOC Impactmonitor",
  "privacy.record.generated":
    "Dit overzicht is gemaakt uit het importcontract (de kolommen die het `personal` noemt) en de code; `impact privacy record` schrijft het opnieuw, en een test houdt het gelijk aan de code.",
  "privacy.record.intro":
    "Welke persoonsgegevens het product bewaart, waarom, wie ze ziet per rol, hoe lang en waar. Verwerkingsverantwoordelijke is de gemeente met Buro Bries; beheerders beantwoorden verzoeken om inzage en wissing met `impact privacy export` en `impact privacy erase` of op /beheer/privacy.",
  "privacy.record.column.data": "Gegeven",
  "privacy.record.column.stored": "Opgeslagen in",
  "privacy.record.column.purpose": "Waarom",
  "privacy.record.column.seenBy": "Wie ziet het",
  "privacy.record.column.retention": "Hoe lang",
  "privacy.record.contract.purpose":
    "Contact met de deelnemer tijdens de Challenge en het coachingsjaar, en het opvolgen van resultaten; nooit in een cijfer.",
  "privacy.record.contract.seenBy":
    "Beheerders (volledige export, inzageverzoek). Niet: gemeentegebruikers, onderzoekers (die krijgen een pseudoniem), openbare factsheets, logboeken.",
  "privacy.record.contract.retention":
    "Tot {years} jaar na het editiejaar, dan gewist (IMPACT_RETENTION_YEARS); eerder op verzoek.",
  "privacy.record.comment.data":
    "Toelichting van een beoordelaar: beschrijft de deelnemer en het plan",
  "privacy.record.comment.purpose": "Uitleg bij de jurybeoordeling.",
  "privacy.record.comment.seenBy":
    "Beheerders (volledige export). Nooit in onderzoeksexports of op pagina's.",
  "privacy.record.quote.data": "Citaten van deelnemers (enquête, verhalen)",
  "privacy.record.quote.purpose": "Ervaringen van deelnemers laten zien.",
  "privacy.record.quote.seenBy":
    "Beheerders; met toestemming (enquête) of gepubliceerd (verhaal) ook wie de editie ziet en de openbare factsheet.",
  "privacy.record.story.data": "Verhaal over een initiatief: titel en samenvatting",
  "privacy.record.story.purpose": "Voorbeelden van wat de Challenge oplevert.",
  "privacy.record.story.seenBy":
    "Gepubliceerde verhalen: wie de editie ziet en de openbare factsheet; andere alleen beheerders.",
  "privacy.record.history.data":
    "Importgeschiedenis: elke rij zoals die was voordat een import hem veranderde, met de gegevens hierboven",
  "privacy.record.history.purpose": "Een import ongedaan kunnen maken.",
  "privacy.record.history.seenBy":
    "Niemand direct; een ongedaan gemaakte import zet de rijen terug.",
  "privacy.record.accounts.data": "Accounts: naam en e-mailadres van medewerkers",
  "privacy.record.accounts.purpose": "Inloggen en rechten per rol en gemeente.",
  "privacy.record.accounts.seenBy": "Beheerders (/beheer/gebruikers); de gebruiker zelf.",
  "privacy.record.accounts.retention":
    "Zolang het account bestaat; een uitgeschakeld account blijft bewaard voor het auditlog.",
  "privacy.record.audit.data": "Auditlog: wie (e-mailadres van de medewerker) wat deed, wanneer",
  "privacy.record.audit.purpose":
    "Verantwoording: imports, exports met persoonsgegevens, publicaties, accounts, wissingen.",
  "privacy.record.audit.seenBy": "Beheerders. Een wissing staat erin zonder de gewiste gegevens.",
  "privacy.record.audit.retention": "Onbeperkt (het bevat geen gegevens van deelnemers).",
  "privacy.record.failures.data": "Mislukte inlogpogingen: e-mailadres en IP-adres",
  "privacy.record.failures.purpose": "Raden van wachtwoorden afremmen.",
  "privacy.record.failures.seenBy": "Niemand; alleen de app telt ze.",
  "privacy.record.failures.retention": "Een dag.",
  "privacy.record.uploads.data":
    "Een geüpload bestand tussen controle en bevestiging van een import",
  "privacy.record.uploads.purpose": "De import pas na bevestiging opslaan.",
  "privacy.record.uploads.seenBy": "De beheerder die het uploadde.",
  "privacy.record.uploads.retention":
    "Tot de import is bevestigd of afgebroken, hooguit een uur; `impact serve` verwijdert verlopen uploads elk uur, en een wissing verwijdert alle wachtende uploads.",
  "privacy.record.idea.data":
    "Het idee in de woorden van de aanvrager (aanmeldformulier): kan personen noemen",
  "privacy.record.idea.purpose": "Het plan beoordelen en de begeleiding voorbereiden.",
  "privacy.record.idea.seenBy":
    "Beheerders (aanmeldingen, volledige export, inzageverzoek). Niet: gemeenten, onderzoekers, openbare factsheets, logs.",
  "privacy.record.attempts.data":
    "Pogingen om zich aan te melden of een opvolgingsformulier te versturen: een gesleutelde hash van het IP-adres, of van de link",
  "privacy.record.attempts.purpose":
    "Spam op het openbare aanmeldformulier afremmen (hoogstens 5 per 10 minuten per adres) en een script op één opvolgingslink (hoogstens 10 per 10 minuten).",
  "privacy.record.attempts.seenBy": "Niemand; alleen de app telt ze.",
  "privacy.record.attempts.retention": "Tien minuten; verwijderd bij de volgende poging.",
  "privacy.record.followup.data":
    "Persoonlijke opvolgingslinks: per genodigde aanmelding en moment de SHA-256 van de link, wanneer hij gemaakt is, verloopt of is ingetrokken (de link zelf wordt niet bewaard)",
  "privacy.record.followup.purpose":
    "Toegekende initiatieven en de vergelijkingsgroep (aanmeldingen met een plan) naar hun resultaten en ervaring vragen, zonder inloggen.",
  "privacy.record.followup.seenBy":
    "Niemand in de app. De beheerder krijgt de links eenmalig in het bestand van `impact followup links` (met naam van het initiatief en e-mailadres, voor een mail merge), of `impact followup send` en `remind` mailen ze rechtstreeks naar de aanmelder.",
  "privacy.record.followupMail.data":
    "Opvolging per e-mail: de taal waarin iemand zich aanmeldde, of en wanneer iemand zich afmeldde voor opvolgingsmail, en wanneer welke uitnodiging of herinnering is verstuurd (geen adres, geen inhoud)",
  "privacy.record.followupMail.purpose":
    "De uitnodiging en herinnering in de eigen taal sturen, niemand twee keer uitnodigen, en wie zich afmeldde niet meer mailen.",
  "privacy.record.followupMail.seenBy":
    "Niemand in de app; beheerders zien per moment wie nog niet antwoordde (naam van het initiatief), beleidsmakers alleen aantallen.",
  "privacy.record.where.title": "Waar",
  "privacy.record.where.text":
    "In één database: de ingebouwde database in de map IMPACT_DATA_DIR (standaard .data) op de server van de app, of de PostgreSQL-server van DATABASE_URL. Back-ups van die database bevatten dezelfde gegevens en volgen dezelfde termijn van {years} jaar. De sleutel van de pseudoniemen staat in IMPACT_SECRET of in de database.",
  "privacy.record.processors.title": "Verwerkers",
  "privacy.record.processors.text":
    "Het product zelf stuurt niets naar derden: geen analytics, geen externe lettertypen of scripts. PDF's maakt Chromium op dezelfde server. E-mail (de bevestiging van een aanmelding, de uitnodiging en herinnering voor de opvolging) gaat alleen via de SMTP-server van SMTP_URL, als die is ingesteld: wie die server beheert, is ook verwerker. Verwerker is wie de server of de PostgreSQL-database host; leg dat vast in een verwerkersovereenkomst. Onderzoekers krijgen gepseudonimiseerde exports onder een data-overeenkomst.",
  "privacy.record.rights.title": "Rechten van betrokkenen",
  "privacy.record.rights.text":
    "Inzage (artikel 15): `impact privacy export <editie> <aanmelding> --out bestand.json` of op /beheer/privacy. Wissing (artikel 17): `impact privacy erase <editie> <aanmelding>` of op /beheer/privacy; de cijfers blijven gelijk en de aanmelding krijgt een nieuw nummer en pseudoniem (besluit 023). Na {years} jaar wist `impact privacy sweep` (elk uur in `impact serve`) alles vanzelf.",
  "privacy.record.nav": "Verwerkingsregister",
  "privacy.recordWritten": "Verwerkingsregister geschreven: {file}",
} as const;
