// The command line (bin/): help, usage texts, refusals and summaries.
export const cliNl = {
  "cli.overview":
    "Gebruik: npm run --silent impact -- <opdracht> [opties]\n\nOpdrachten:\n{commands}\n\nHulp bij een opdracht: npm run --silent impact -- <opdracht> --help",
  "cli.unknownCommand": "Onbekende opdracht: {name}",
  "cli.failed": "De opdracht {name} is mislukt: {reason}",
  "cli.schemaBehind":
    "Het schema van de PostgreSQL-database loopt achter op deze versie. Draai eerst `impact migrate` (of start de app, die dat vanzelf doet).",
  "cli.notMigrated":
    "de database is nog niet ingericht. Draai eerst `impact migrate` (npm start doet dat vanzelf).",
  "cli.reason": "{reason}",
  "cli.unknownLanguage": "--lang kent nl en en, niet {value}.",
  "cli.envLanguage": "IMPACT_LANG kent nl en en, niet {value}.",
  "cli.unexpected": "Onverwacht argument: {args}",
  "cli.or": "of",

  "cli.migrate.summary": "brengt het databaseschema bij (veilig om vaker te draaien)",
  "cli.migrate.usage":
    "Gebruik: impact migrate\n\nVoert de migraties uit die de database nog niet heeft.",
  "cli.migrate.ran": "Uitgevoerd: {names}",
  "cli.migrate.upToDate": "Het schema is al bijgewerkt.",

  "cli.seed.summary":
    "laadt demodata (seed demo) of landelijke testdata (seed scale) in een lege database",
  "cli.seed.usage":
    "Gebruik: impact seed demo\n         impact seed scale [--municipalities N] [--years J] [--seed S] [--effect P]\n\ndemo   vaste, herhaalbare demodata: SOC Groningen 2017–2022 en andere gemeenten.\nscale  verzonnen data op landelijke schaal voor benchmarks: N gemeenten (350) elk\n       J jaar (10, hoogstens {maxYears}), ongeveer 100 aanmeldingen per editie;\n       dezelfde S (zaadgetal) geeft dezelfde data. Een toekenning verhoogt de kans\n       dat een initiatief na 12 maanden nog loopt met P (0,1); elke aanvrager met een\n       plan wordt na 12 maanden gevolgd: een bekend effect voor `impact evaluate`.\n\nAlleen in een lege database; maak die leeg met `impact reset --yes`.",
  "cli.seed.wholeNumber": "--{name} moet een geheel getal van 1 tot en met {max} zijn.",
  "cli.seed.which": "Geef aan welke gegevens: `seed demo` of `seed scale`.",
  "cli.seed.demoNoOptions": "`seed demo` heeft geen opties.",
  "cli.seed.notEmpty":
    "De database bevat al edities; demodata gaat alleen in een lege database. Maak hem eerst leeg met `impact reset --yes`.",
  "cli.seed.demoLoaded": "Demodata geladen: {counts}.",
  "cli.seed.progress": "{editions} van {total} edities geschreven…",
  "cli.seed.scaleLoaded": "Schaaldata geladen in {seconds} s: {counts}.",

  "cli.assessment.summary":
    "beoordelaars toewijzen (assign), hun kalibratie (calibration) en de feedbackbrieven (letters) van één editie",
  "cli.assessment.usage":
    "Gebruik: impact assessment calibration EDITIE [--json] [--lang nl|en]\n       impact assessment assign EDITIE --assessors A@X.NL,B@X.NL [--per-plan 3]\n       impact assessment letters EDITIE --out BRIEVEN.zip [--lang nl|en]\n       impact assessment award EDITIE [--lang nl|en]\n\nassign verdeelt de ingediende plannen van de editie over de beoordelaars (accounts\nmet de rol assessor): elk plan --per-plan beoordelaars (standaard 3), zo gelijk\nmogelijk en nooit iemand met een gemeld belangenconflict; begonnen werk blijft staan.\n\ncalibration: per beoordelaar hoeveel plannen hij beoordeelde en hoe mild hij was naast de\nanderen die dezelfde plannen beoordeelden; de overeenstemming per criterium en\nover de gewogen score (Krippendorffs alfa); de rangorde op score en op\ngenormaliseerde score (z-scores per beoordelaar), en de plannen die bij het\naantal toekenningen van de editie van plaats wisselen.\n\nletters: een feedbackbrief per beoordeelde aanmelding (PDF, <aanmelding_id>.pdf) in één zip.\n\naward: maakt van de plannen boven de budgetgrens toekenningen met vandaag als datum\n(startbudget uit de aanmelding, microkrediet begrensd op het maximale aandeel), in één\nimport die met impact imports undo terug te draaien is; al toegekende plannen blijven staan.\n\n--json  de machineleesbare vorm (shared/spec/evaluation.md)\n\nAfsluitcode: 0 klaar, 1 geweigerd (onbekende editie of beoordelaar, te weinig beoordelaars, een plan boven de grens zonder bedragen), 2 verkeerde aanroep.",
  "cli.assessment.giveEdition":
    "Zeg wat en welke editie: impact assessment calibration EDITIE, impact assessment assign EDITIE --assessors … , impact assessment letters EDITIE --out BRIEVEN.zip of impact assessment award EDITIE.",
  "cli.assessment.letters.giveOut": "Zeg waar de brieven heen moeten: --out BRIEVEN.zip.",
  "cli.assessment.letters.extension": "De brieven worden een zip: geef --out een naam op .zip.",
  "cli.assessment.letters.written": "{n} brieven geschreven naar {file}.",
  "cli.evaluate.summary":
    "schat het effect van het microkrediet op de budgetgrens (--json: machineleesbaar)",
  "cli.evaluate.usage":
    "Gebruik: impact evaluate [--municipality NAAM] [--from JAAR] [--to JAAR]\n                         [--bandwidth H] [--edition ID] [--theme THEMA] [--json] [--lang nl|en]\n\nVergelijkt initiatieven net boven en net onder de budgetgrens van elke editie\n(de laagste score die nog een microkrediet kreeg): het verschil in voortbestaan\nna 12 maanden, met een 95%-interval; daarnaast wat elk beoordelingscriterium\nvoorspelt en gefinancierd tegenover de vergelijkingsgroep. Zonder keuze: alle edities.\n\n--municipality NAAM  alleen edities van deze gemeente (mag vaker)\n--from JAAR          vanaf dit jaar\n--to JAAR            tot en met dit jaar\n--bandwidth H        scorepunten (0..100) aan elke kant van de grens; standaard 15\n--edition ID         alleen deze editie (mag vaker)\n--theme THEMA        alleen edities met dit thema\n--json               de machineleesbare vorm (shared/spec/evaluation.md)\n\nAfsluitcode: 0 klaar, 1 geweigerd (onbekende gemeente of editie), 2 verkeerde aanroep.",
  "cli.seed.badEffect":
    "--effect moet een kans tussen -0,5 en 0,5 zijn, zoals 0,1 (10 procentpunt).",

  "cli.reset.summary": "maakt de database helemaal leeg (vraagt --yes)",
  "cli.reset.usage":
    "Gebruik: impact reset --yes\n\nVerwijdert alle gegevens en bouwt het schema opnieuw op. Dit kan niet ongedaan worden.",
  "cli.reset.confirm": "Dit verwijdert alle gegevens. Bevestig met --yes.",
  "cli.reset.done": "De database is leeg. `impact seed demo` laadt de demodata opnieuw.",

  "cli.serve.summary": "start de webapplicatie (npm start bouwt eerst en doet dit dan)",
  "cli.serve.usage":
    "Gebruik: impact serve\n\nBrengt het schema bij, laadt demodata in een lege ingebouwde database\n(IMPACT_DEMO=0 zet dat uit, IMPACT_DEMO=1 aan bij DATABASE_URL) en luistert op PORT (3000).\nMet DATABASE_URL draaien IMPACT_WORKERS processen (standaard één per processorkern) op die poort.",
  "cli.serve.noBuild": "Er is nog geen build. Draai eerst `npm run build` (npm start doet dat).",
  "cli.serve.demoLoaded": "De database was leeg: demodata geladen.",
  "cli.serve.running": "SOC Impactmonitor draait op http://localhost:{port} (database: {where})",
  "cli.serve.demoAccounts": "Demo-accounts (alleen voor de demo):",
  "cli.serve.demoAccount": "{role} {email}  wachtwoord: {password}",
  "cli.serve.workers": "{n} processen beantwoorden de verzoeken (IMPACT_WORKERS).",
  "cli.serve.workerStopped": "Webproces {pid} stopte ({why}); er start een nieuw.",

  "cli.import.summary": "importeert een werkmap (.xlsx) of CSV-bestand, alles of niets",
  "cli.import.usage":
    "Gebruik: impact import <bestand> [--dry-run] [--replace] [--dataset NAAM] [--json] [--lang en] [--by NAAM]\n\nLeest een Excel-werkmap (een werkblad per dataset) of een CSV-bestand (een dataset)\nen slaat alles op, of bij een fout niets. Rijen met dezelfde sleutel worden bijgewerkt.\n\n  --dry-run       alleen controleren, niets opslaan\n  --replace       vervangt alle rijen van de edities in het bestand\n  --dataset NAAM  de dataset van een CSV-bestand, als de bestandsnaam die niet zegt\n                  ({datasets})\n  --json          het rapport als JSON (zoals in shared/spec/data.md)\n  --lang en       meldingen in het Engels\n  --by NAAM       wie importeert (standaard: de gebruiker van het systeem)\n\nAfsluitcode: 0 geïmporteerd, 1 geweigerd (fouten in de gegevens), 2 verkeerde aanroep.",
  "cli.import.unknownDataset": "Onbekende dataset: {value}. Kies uit: {datasets}.",
  "cli.import.oneFile": "Geef één bestand om te importeren.",
  "cli.import.notFound": "Bestand niet gevonden: {file}",

  "cli.imports.summary":
    "toont de importgeschiedenis (list) of draait een import terug (undo <nummer>)",
  "cli.imports.usage":
    "Gebruik: impact imports list [--json]\n       impact imports undo <nummer>\n\nlist  de laatste imports: wie, wanneer, bestand, SHA-256, modus en aantallen\nundo  draait een import helemaal terug, zolang geen latere import dezelfde edities raakte",
  "cli.imports.giveNumber": "Geef het nummer van de import, zoals `imports undo 12`.",
  "cli.imports.none": "Er zijn nog geen imports.",
  "cli.imports.undoneMark": "teruggedraaid",
  "cli.imports.undone": "Import {id} ({file}) is teruggedraaid.",
  "cli.imports.notFound": "Import {id} bestaat niet.",
  "cli.imports.alreadyUndone": "Import {id} is al teruggedraaid.",
  "cli.imports.later":
    "Import {id} kan niet worden teruggedraaid: de latere import {later} raakte dezelfde edities ({editions}). Draai die eerst terug.",
  "cli.imports.choose": "Kies `imports list` of `imports undo <nummer>`.",

  "cli.template.summary": "schrijft het importsjabloon (.xlsx) met alle datasets en uitleg",
  "cli.template.usage":
    "Gebruik: impact template --out <bestand.xlsx> [--lang en]\n\nEen werkmap met een werkblad per dataset, Nederlandse kopregels, keuzelijsten,\neuro- en datumopmaak, een voorbeeldrij per blad en een blad met instructies.",
  "cli.template.giveOut": "Geef het doelbestand: --out sjabloon.xlsx",
  "cli.template.xlsx": "Het sjabloon is een Excel-werkmap: geef een bestandsnaam op .xlsx.",
  "cli.template.written": "Sjabloon geschreven: {file}",

  "cli.metrics.summary": "toont de kengetallen per editie (--json: machineleesbaar)",
  "cli.metrics.usage":
    "Gebruik: impact metrics [--edition ID] [--municipality NAAM] [--from JAAR] [--to JAAR]\n                        [--theme THEMA] [--json] [--lang nl|en]\n\nToont elk kengetal van de catalogus per editie, op gemeente en jaar, met alle\ngekozen edities samen in de laatste kolom. Zonder keuze: alle edities.\n\n--edition ID         alleen deze editie (mag vaker)\n--municipality NAAM  alleen edities van deze gemeente (mag vaker)\n--from JAAR          vanaf dit jaar\n--to JAAR            tot en met dit jaar\n--theme THEMA        alleen edities met dit thema\n--json               de machineleesbare vorm, met het verschil met de vorige editie\n--lang en            de tabel in het Engels",
  "cli.metrics.unknownLanguage": "Onbekende taal: {value}. Kies nl of en.",
  "cli.metrics.unknownEditions":
    "{reason} Zonder --edition toont `impact metrics` alle edities die er zijn.",

  "cli.export.summary":
    "exporteert de gegevens voor onderzoek (xlsx, csv) of als open data (360giving)",
  "cli.export.usage":
    "Gebruik: impact export xlsx|csv|360giving --out <bestand> [--municipality NAAM]...\n                       [--from JAAR] [--to JAAR] [--theme THEMA] [--edition ID]...\n                       [--scope research|full] [--lang en]\n\nxlsx       onderzoeksbestand: Lees mij, Codeboek, een blad per dataset en de kengetallen\n           per editie met het verschil met de vorige editie (--out bestand.xlsx)\ncsv        dezelfde bladen als CSV-bestanden in een zip, voor Nederlandse Excel (--out bestand.zip)\n360giving  de toekenningen volgens de 360Giving-standaard: JSON (--out bestand.json)\n           of de spreadsheetvorm (--out bestand.xlsx)\n\n--municipality NAAM  alleen edities van deze gemeente (mag vaker)\n--from JAAR          vanaf dit jaar\n--to JAAR            tot en met dit jaar\n--theme THEMA        alleen edities met dit thema\n--edition ID         alleen deze editie (mag vaker)\n--scope research     gepseudonimiseerd, zonder namen en contactgegevens (standaard)\n--scope full         alles, met echte id's en persoonsgegevens: alleen voor beheerders\n--lang en            bladen, kopregels en uitleg in het Engels\n\nPseudoniemen gebruiken IMPACT_SECRET, of anders de sleutel die in de database staat.",
  "cli.export.extension": "Voor {kind} hoort --out op {extensions} te eindigen.",
  "cli.export.chooseKind": "Kies xlsx, csv of 360giving.",
  "cli.export.unknownScope": "--scope kent research en full, niet {value}.",
  "cli.export.giveOut": "Geef het doelbestand: --out <bestand>.",
  "cli.export.written": "Export geschreven: {file} ({scope}, {n} edities)",

  "cli.factsheet.summary": "schrijft de factsheet van een editie als PDF of HTML",
  "cli.factsheet.usage":
    "Gebruik: impact factsheet <editie> --out <bestand.pdf|bestand.html> [--lang en] [--compare EDITIE] [--public]\n\n  --lang en          de factsheet in het Engels\n  --compare EDITIE   vergelijken met deze editie in plaats van de vorige\n  --public           de openbare versie: aantallen van 1 tot 4 als <5\n\nEen PDF vraagt Chromium (apt-get install -y chromium); HTML niet.",
  "cli.factsheet.oneEdition": "Geef één editie, zoals groningen-2020.",
  "cli.factsheet.giveOut": "Geef het doelbestand: --out factsheet.pdf of --out factsheet.html",
  "cli.factsheet.extension": "Het doelbestand eindigt op .pdf of .html.",
  "cli.factsheet.notFound": "De editie {edition} bestaat niet.",
  "cli.factsheet.eitherNotFound": "De editie {edition} of {compare} bestaat niet.",
  "cli.factsheet.written": "Factsheet geschreven: {file}",

  "cli.privacy.summary":
    "AVG: wist een aanmelding (erase), geeft alles over één persoon (export), wist na de bewaartermijn (sweep)",
  "cli.privacy.usage":
    "Gebruik: impact privacy erase <editie> <aanmelding>\n       impact privacy export <editie> <aanmelding> --out <bestand.json|bestand.xlsx>\n       impact privacy sweep [--as-of JJJJ-MM-DD]\n       impact privacy record [--out docs/privacy.md]\n\n  erase    wist naam, e-mail, telefoon, citaten, toelichtingen en verhalen van één aanmelding (AVG artikel 17); de cijfers blijven gelijk\n  export   alles wat over één aanmelding bewaard is (AVG artikel 15)\n  sweep    wist de persoonsgegevens van edities waarvan de bewaartermijn voorbij is (IMPACT_RETENTION_YEARS, standaard 7 jaar na het editiejaar)\n  record   het verwerkingsregister (AVG artikel 30) als Markdown, gemaakt uit het importcontract\n  --as-of  de peildatum van sweep (standaard vandaag)\n\nElke wissing staat in het auditlog, zonder de gewiste gegevens.",
  "cli.users.summary": "beheert accounts: add, list, disable, reset-password",
  "cli.users.usage":
    "Gebruik: impact users add --email ADRES --name NAAM --role admin|municipality|researcher|assessor [--municipality NAAM]...\n       impact users list\n       impact users disable --email ADRES\n       impact users reset-password --email ADRES\n\nHet wachtwoord (add, reset-password) komt van standaardinvoer, nooit als argument:\n  echo 'een lang wachtwoord' | npm run --silent impact -- users add --email a@b.nl --name A --role admin",
  "cli.users.shortPassword": "Een wachtwoord heeft ten minste {n} tekens.",
  "cli.users.disabledMark": "uitgeschakeld",
  "cli.users.giveEmail": "Geef het account: --email ADRES",
  "cli.users.role": "--role is een van: {roles}.",
  "cli.users.giveName": "Geef een naam: --name NAAM",
  "cli.users.added": "Account {email} ({role}) is aangemaakt.",
  "cli.users.noActive": "Geen actief account voor {email}.",
  "cli.users.disabled": "Account {email} is uitgeschakeld; zijn sessies zijn beëindigd.",
  "cli.users.noAccount": "Geen account voor {email}.",
  "cli.users.passwordSet": "Het wachtwoord van {email} is opnieuw ingesteld.",
  "cli.users.choose": "Kies add, list, disable of reset-password.",
} as const;
