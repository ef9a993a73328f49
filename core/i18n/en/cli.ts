import type { cliNl } from "../nl/cli";

export const cliEn: Record<keyof typeof cliNl, string> = {
  "cli.overview":
    "Usage: npm run --silent impact -- <command> [options]\n\nCommands:\n{commands}\n\nHelp on a command: npm run --silent impact -- <command> --help\nLanguage: English with --lang en on any command or IMPACT_LANG=en; Dutch otherwise.",
  "cli.unknownCommand": "Unknown command: {name}",
  "cli.failed": "The command {name} failed: {reason}",
  "cli.schemaBehind":
    "The PostgreSQL database's schema is behind this version. Run `impact migrate` first (or start the app, which does that by itself).",
  "cli.notMigrated":
    "the database has not been set up yet. Run `impact migrate` first (npm start does that by itself).",
  "cli.reason": "{reason}",
  "cli.unknownLanguage": "--lang knows nl and en, not {value}.",
  "cli.envLanguage": "IMPACT_LANG knows nl and en, not {value}.",
  "cli.unexpected": "Unexpected argument: {args}",
  "cli.or": "or",

  "cli.migrate.summary": "brings the database schema up to date (safe to repeat)",
  "cli.migrate.usage":
    "Usage: impact migrate\n\nRuns the migrations the database does not have yet.",
  "cli.migrate.ran": "Ran: {names}",
  "cli.migrate.upToDate": "The schema is up to date already.",

  "cli.seed.summary":
    "loads demo data (seed demo) or national-scale test data (seed scale) into an empty database",
  "cli.seed.usage":
    "Usage: impact seed demo\n       impact seed scale [--municipalities N] [--years Y] [--seed S] [--effect P]\n\ndemo   fixed, repeatable demo data: SOC Groningen 2017–2022 and other municipalities.\nscale  made-up data at national scale for benchmarks: N municipalities (350) each\n       Y years (10, at most {maxYears}), about 100 registrations per edition;\n       the same S (seed) gives the same data. An award raises the chance that an\n       initiative still runs after 12 months by P (0.1); every applicant with a\n       plan is followed at 12 months: a known effect for `impact evaluate`.\n\nOnly into an empty database; empty it with `impact reset --yes`.",
  "cli.seed.wholeNumber": "--{name} must be a whole number from 1 to {max}.",
  "cli.seed.which": "Say which data: `seed demo` or `seed scale`.",
  "cli.seed.demoNoOptions": "`seed demo` has no options.",
  "cli.seed.notEmpty":
    "The database holds editions already; demo data only goes into an empty database. Empty it first with `impact reset --yes`.",
  "cli.seed.demoLoaded": "Demo data loaded: {counts}.",
  "cli.seed.progress": "{editions} of {total} editions written…",
  "cli.seed.scaleLoaded": "Scale data loaded in {seconds} s: {counts}.",

  "cli.assessment.summary":
    "assign assessors (assign), their calibration (calibration) and the feedback letters (letters) of one edition",
  "cli.assessment.usage":
    "Usage: impact assessment calibration EDITION [--json] [--lang nl|en]\n       impact assessment assign EDITION --assessors A@X.NL,B@X.NL [--per-plan 3]\n       impact assessment letters EDITION --out LETTERS.zip [--lang nl|en]\n       impact assessment award EDITION [--lang nl|en]\n\nassign shares the edition's submitted plans out over the assessors (accounts\nwith the role assessor): each plan --per-plan assessors (3 by default), as evenly\nas possible and never anyone with a declared conflict; work begun stays.\n\ncalibration: per assessor how many plans they scored and how lenient they were beside the\nothers who scored the same plans; the agreement per criterion and on the\nweighted score (Krippendorff's alpha); the ranking by score and by normalised\nscore (z-scores per assessor), and the plans that change places at the\nedition's number of awards.\n\nletters: a feedback letter per assessed registration (PDF, <applicant_id>.pdf) in one zip.\n\naward: turns the plans above the budget line into awards dated today (start budget\nfrom the registration, microcredit capped at the maximum share), in one import that\nimpact imports undo can take back; plans awarded already stay as they are.\n\n--json  the machine-readable form (shared/spec/evaluation.md)\n\nExit code: 0 done, 1 refused (unknown edition or assessor, too few assessors, a plan above the line without amounts), 2 wrong call.",
  "cli.assessment.giveEdition":
    "Say what and which edition: impact assessment calibration EDITION, impact assessment assign EDITION --assessors … , impact assessment letters EDITION --out LETTERS.zip or impact assessment award EDITION.",
  "cli.assessment.letters.giveOut": "Say where the letters go: --out LETTERS.zip.",
  "cli.assessment.letters.extension": "The letters become a zip: give --out a name ending in .zip.",
  "cli.assessment.letters.written": "{n} letters written to {file}.",
  "cli.evaluate.summary":
    "estimates the microcredit's effect at the budget line (--json: machine-readable)",
  "cli.evaluate.usage":
    "Usage: impact evaluate [--municipality NAME] [--from YEAR] [--to YEAR]\n                       [--bandwidth H] [--edition ID] [--theme THEME] [--json]\n\nCompares initiatives just above and just below each edition's budget line\n(the lowest score that still got a microcredit): the difference in survival\nafter 12 months, with a 95% interval; beside it what each assessment criterion\npredicts, and the funded against the comparison group. Without a choice: every edition.\n\n--municipality NAME  only this municipality's editions (may repeat)\n--from YEAR          from this year\n--to YEAR            up to and including this year\n--bandwidth H        score points (0..100) on each side of the line; 15 by default\n--edition ID         only this edition (may repeat)\n--theme THEME        only editions with this theme\n--json               the machine-readable form (shared/spec/evaluation.md)\n\nExit code: 0 done, 1 refused (unknown municipality or edition), 2 wrong call.",
  "cli.seed.badEffect":
    "--effect must be a probability between -0.5 and 0.5, such as 0.1 (10 percentage points).",

  "cli.reset.summary": "empties the database completely (asks for --yes)",
  "cli.reset.usage":
    "Usage: impact reset --yes\n\nRemoves all data and rebuilds the schema. This cannot be undone.",
  "cli.reset.confirm": "This removes all data. Confirm with --yes.",
  "cli.reset.done": "The database is empty. `impact seed demo` loads the demo data again.",

  "cli.serve.summary": "starts the web application (npm start builds first, then does this)",
  "cli.serve.usage":
    "Usage: impact serve\n\nBrings the schema up to date, loads demo data into an empty embedded database\n(IMPACT_DEMO=0 turns that off, IMPACT_DEMO=1 on with DATABASE_URL) and listens on PORT (3000).\nWith DATABASE_URL, IMPACT_WORKERS processes (by default one per processor core) share that port.",
  "cli.serve.noBuild": "There is no build yet. Run `npm run build` first (npm start does that).",
  "cli.serve.demoLoaded": "The database was empty: demo data loaded.",
  "cli.serve.running": "SOC Impactmonitor runs at http://localhost:{port} (database: {where})",
  "cli.serve.demoAccounts": "Demo accounts (for the demo only):",
  "cli.serve.demoAccount": "{role} {email}  password: {password}",
  "cli.serve.workers": "{n} processes answer the requests (IMPACT_WORKERS).",
  "cli.serve.workerStopped": "Web process {pid} stopped ({why}); a new one starts.",

  "cli.import.summary": "imports a workbook (.xlsx) or CSV file, all or nothing",
  "cli.import.usage":
    "Usage: impact import <file> [--dry-run] [--replace] [--dataset NAME] [--json] [--lang en] [--by NAME]\n\nReads an Excel workbook (a sheet per dataset) or a CSV file (one dataset)\nand stores all of it, or nothing when there is an error. Rows with the same key are updated.\n\n  --dry-run       only check, store nothing\n  --replace       replaces all rows of the editions in the file\n  --dataset NAME  the dataset of a CSV file, when the file name does not say\n                  ({datasets})\n  --json          the report as JSON (as in shared/spec/data.md)\n  --lang en       messages in English\n  --by NAME       who imports (default: the system's user)\n\nExit code: 0 imported, 1 refused (errors in the data), 2 wrong call.",
  "cli.import.unknownDataset": "Unknown dataset: {value}. Choose from: {datasets}.",
  "cli.import.oneFile": "Give one file to import.",
  "cli.import.notFound": "File not found: {file}",

  "cli.imports.summary": "shows the import history (list) or undoes an import (undo <number>)",
  "cli.imports.usage":
    "Usage: impact imports list [--json]\n       impact imports undo <number>\n\nlist  the latest imports: who, when, file, SHA-256, mode and counts\nundo  undoes an import as a whole, as long as no later import touched the same editions",
  "cli.imports.giveNumber": "Give the number of the import, as in `imports undo 12`.",
  "cli.imports.none": "There are no imports yet.",
  "cli.imports.undoneMark": "undone",
  "cli.imports.undone": "Import {id} ({file}) has been undone.",
  "cli.imports.notFound": "Import {id} does not exist.",
  "cli.imports.alreadyUndone": "Import {id} has been undone already.",
  "cli.imports.later":
    "Import {id} cannot be undone: the later import {later} touched the same editions ({editions}). Undo that one first.",
  "cli.imports.choose": "Choose `imports list` or `imports undo <number>`.",

  "cli.template.summary": "writes the import template (.xlsx) with every dataset and instructions",
  "cli.template.usage":
    "Usage: impact template --out <file.xlsx> [--lang en]\n\nA workbook with a sheet per dataset, Dutch headers, drop-down lists,\neuro and date formats, an example row per sheet and a sheet of instructions.",
  "cli.template.giveOut": "Give the target file: --out template.xlsx",
  "cli.template.xlsx": "The template is an Excel workbook: give a file name ending in .xlsx.",
  "cli.template.written": "Template written: {file}",

  "cli.metrics.summary": "shows the metrics per edition (--json: machine-readable)",
  "cli.metrics.usage":
    "Usage: impact metrics [--edition ID] [--municipality NAME] [--from YEAR] [--to YEAR]\n                      [--theme THEME] [--json] [--lang nl|en]\n\nShows every metric of the catalogue per edition, by municipality and year, with all\nchosen editions together in the last column. Without a choice: all editions.\n\n--edition ID         only this edition (may repeat)\n--municipality NAME  only editions of this municipality (may repeat)\n--from YEAR          from this year\n--to YEAR            up to and including this year\n--theme THEME        only editions with this theme\n--json               the machine-readable form, with the change from the previous edition\n--lang en            the table in English",
  "cli.metrics.unknownLanguage": "Unknown language: {value}. Choose nl or en.",
  "cli.metrics.unknownEditions":
    "{reason} Without --edition, `impact metrics` shows every edition there is.",

  "cli.export.summary": "exports the data for research (xlsx, csv) or as open data (360giving)",
  "cli.export.usage":
    "Usage: impact export xlsx|csv|360giving --out <file> [--municipality NAME]...\n                     [--from YEAR] [--to YEAR] [--theme THEME] [--edition ID]...\n                     [--scope research|full] [--lang en]\n\nxlsx       research workbook: Read me, Codebook, a sheet per dataset and the metrics\n           per edition with the change from the previous edition (--out file.xlsx)\ncsv        the same sheets as CSV files in a zip, for Dutch Excel (--out file.zip)\n360giving  the awards in the 360Giving standard: JSON (--out file.json)\n           or its spreadsheet form (--out file.xlsx)\n\n--municipality NAME  only editions of this municipality (may repeat)\n--from YEAR          from this year\n--to YEAR            up to and including this year\n--theme THEME        only editions with this theme\n--edition ID         only this edition (may repeat)\n--scope research     pseudonymised, without names and contact details (default)\n--scope full         everything, with real ids and personal data: administrators only\n--lang en            sheets, headers and explanations in English\n\nPseudonyms use IMPACT_SECRET, or else the key kept in the database.",
  "cli.export.extension": "For {kind}, --out should end in {extensions}.",
  "cli.export.chooseKind": "Choose xlsx, csv or 360giving.",
  "cli.export.unknownScope": "--scope knows research and full, not {value}.",
  "cli.export.giveOut": "Give the target file: --out <file>.",
  "cli.export.written": "Export written: {file} ({scope}, {n} editions)",

  "cli.factsheet.summary": "writes an edition's factsheet as PDF or HTML",
  "cli.factsheet.usage":
    "Usage: impact factsheet <edition> --out <file.pdf|file.html> [--lang en] [--compare EDITION] [--public]\n\n  --lang en          the factsheet in English\n  --compare EDITION  compare with this edition instead of the previous one\n  --public           the public version: counts from 1 to 4 as <5\n\nA PDF needs Chromium (apt-get install -y chromium); HTML does not.",
  "cli.factsheet.oneEdition": "Give one edition, such as groningen-2020.",
  "cli.factsheet.giveOut": "Give the target file: --out factsheet.pdf or --out factsheet.html",
  "cli.factsheet.extension": "The target file ends in .pdf or .html.",
  "cli.factsheet.notFound": "The edition {edition} does not exist.",
  "cli.factsheet.eitherNotFound": "The edition {edition} or {compare} does not exist.",
  "cli.factsheet.written": "Factsheet written: {file}",

  "cli.privacy.summary":
    "GDPR: erases an applicant (erase), gives everything about one person (export), erases after the retention period (sweep)",
  "cli.privacy.usage":
    "Usage: impact privacy erase <edition> <applicant>\n       impact privacy export <edition> <applicant> --out <file.json|file.xlsx>\n       impact privacy sweep [--as-of YYYY-MM-DD]\n       impact privacy record [--out docs/privacy.md]\n\n  erase    erases name, e-mail, phone, quotes, comments and stories of one applicant (GDPR article 17); the figures stay the same\n  export   everything stored about one applicant (GDPR article 15)\n  sweep    erases the personal data of editions whose retention period has passed (IMPACT_RETENTION_YEARS, default 7 years after the edition's year)\n  record   the record of processing (GDPR article 30) as Markdown, generated from the import contract\n  --as-of  the date sweep counts from (default today)\n\nEvery erasure is in the audit log, without the erased data.",
  "cli.users.summary": "manages accounts: add, list, disable, reset-password",
  "cli.users.usage":
    "Usage: impact users add --email ADDRESS --name NAME --role admin|municipality|researcher|assessor [--municipality NAME]...\n       impact users list\n       impact users disable --email ADDRESS\n       impact users reset-password --email ADDRESS\n\nThe password (add, reset-password) comes from standard input, never as an argument:\n  echo 'a long password' | npm run --silent impact -- users add --email a@b.nl --name A --role admin",
  "cli.users.shortPassword": "A password has at least {n} characters.",
  "cli.users.disabledMark": "disabled",
  "cli.users.giveEmail": "Give the account: --email ADDRESS",
  "cli.users.role": "--role is one of: {roles}.",
  "cli.users.giveName": "Give a name: --name NAME",
  "cli.users.added": "Account {email} ({role}) has been created.",
  "cli.users.noActive": "No active account for {email}.",
  "cli.users.disabled": "Account {email} has been disabled; its sessions have ended.",
  "cli.users.noAccount": "No account for {email}.",
  "cli.users.passwordSet": "The password of {email} has been reset.",
  "cli.users.choose": "Choose add, list, disable or reset-password.",
};
