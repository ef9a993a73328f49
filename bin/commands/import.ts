import { existsSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { DATASETS, type DatasetKey } from "../../core/contract/datasets";
import { isLanguage, type Language } from "../../core/language";
import { loadConfig } from "../../db/config";
import { importReportText } from "../../import/report";
import { importFile } from "../../import/run.server";
import { buildTemplate } from "../../import/template";
import { listImports, undoImport } from "../../import/undo.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

const DATASET_NAMES = DATASETS.map((d) => `${d.key} (${d.alias})`).join(", ");

function languageOption(value: string | undefined): Language {
  if (value === undefined) return "nl";
  if (!isLanguage(value)) throw new UsageError(`--lang kent nl en en, niet ${value}.`);
  return value;
}

function datasetOption(value: string | undefined): DatasetKey | undefined {
  if (value === undefined) return undefined;
  const found = DATASETS.find(
    (d) => d.key === value.toLowerCase() || d.alias === value.toLowerCase(),
  );
  if (!found) throw new UsageError(`Onbekende dataset: ${value}. Kies uit: ${DATASET_NAMES}.`);
  return found.key;
}

export const importCommand: Command = {
  name: "import",
  summary: "importeert een werkmap (.xlsx) of CSV-bestand, alles of niets",
  usage: [
    "Gebruik: impact import <bestand> [--dry-run] [--replace] [--dataset NAAM] [--json] [--lang en] [--by NAAM]",
    "",
    "Leest een Excel-werkmap (een werkblad per dataset) of een CSV-bestand (een dataset)",
    "en slaat alles op, of bij een fout niets. Rijen met dezelfde sleutel worden bijgewerkt.",
    "",
    "  --dry-run       alleen controleren, niets opslaan",
    "  --replace       vervangt alle rijen van de edities in het bestand",
    "  --dataset NAAM  de dataset van een CSV-bestand, als de bestandsnaam die niet zegt",
    `                  (${DATASET_NAMES})`,
    "  --json          het rapport als JSON (zoals in shared/spec/data.md)",
    "  --lang en       meldingen in het Engels",
    "  --by NAAM       wie importeert (standaard: de gebruiker van het systeem)",
    "",
    "Afsluitcode: 0 geïmporteerd, 1 geweigerd (fouten in de gegevens), 2 verkeerde aanroep.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      "dry-run": { type: "boolean" },
      replace: { type: "boolean" },
      dataset: { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string" },
      by: { type: "string" },
    });
    const language = languageOption(values.lang);
    const dataset = datasetOption(values.dataset);
    if (positionals.length !== 1) throw new UsageError("Geef één bestand om te importeren.");
    const file = path.resolve(positionals[0] as string);
    if (!existsSync(file) || !statSync(file).isFile()) {
      throw new UsageError(`Bestand niet gevonden: ${file}`);
    }
    const report = await importFile(await io.db(), file, {
      fileName: path.basename(file),
      dataset,
      mode: values.replace ? "replace" : "upsert",
      dryRun: values["dry-run"] === true,
      importedBy: values.by ?? userInfo().username,
      language,
      limits: loadConfig().importLimits,
    });
    io.out(values.json ? JSON.stringify(report, null, 2) : importReportText(report, language));
    return report.ok ? EXIT.done : EXIT.failed;
  },
};

function parseImportId(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new UsageError("Geef het nummer van de import, zoals `imports undo 12`.");
  }
  return id;
}

export const importsCommand: Command = {
  name: "imports",
  summary: "toont de importgeschiedenis (list) of draait een import terug (undo <nummer>)",
  usage: [
    "Gebruik: impact imports list [--json]",
    "       impact imports undo <nummer>",
    "",
    "list  de laatste imports: wie, wanneer, bestand, SHA-256, modus en aantallen",
    "undo  draait een import helemaal terug, zolang geen latere import dezelfde edities raakte",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } });
    const [action, id] = positionals;
    if (action === "list" && positionals.length === 1) {
      const records = await listImports(await io.db());
      if (values.json) io.out(JSON.stringify(records, null, 2));
      else if (records.length === 0) io.out("Er zijn nog geen imports.");
      else {
        for (const r of records) {
          const state = r.undone_at ? " (teruggedraaid)" : "";
          io.out(
            `${r.import_id}  ${r.imported_at.toISOString()}  ${r.imported_by}  ${r.mode}  ${r.file_name}  ${r.sha256.slice(0, 12)}  ${r.edition_ids.join(",")}${state}`,
          );
        }
      }
      return EXIT.done;
    }
    if (action === "undo" && positionals.length === 2) {
      const result = await undoImport(await io.db(), parseImportId(id));
      if (result.ok) {
        io.out(`Import ${result.record.import_id} (${result.record.file_name}) is teruggedraaid.`);
        return EXIT.done;
      }
      if (result.reason === "not_found") throw new RefusedError(`Import ${id} bestaat niet.`);
      if (result.reason === "already_undone") {
        throw new RefusedError(`Import ${id} is al teruggedraaid.`);
      }
      throw new RefusedError(
        `Import ${id} kan niet worden teruggedraaid: de latere import ${result.laterImportId} raakte dezelfde edities (${result.editionIds.join(", ")}). Draai die eerst terug.`,
      );
    }
    throw new UsageError("Kies `imports list` of `imports undo <nummer>`.");
  },
};

export const templateCommand: Command = {
  name: "template",
  summary: "schrijft het importsjabloon (.xlsx) met alle datasets en uitleg",
  usage: [
    "Gebruik: impact template --out <bestand.xlsx> [--lang en]",
    "",
    "Een werkmap met een werkblad per dataset, Nederlandse kopregels, keuzelijsten,",
    "euro- en datumopmaak, een voorbeeldrij per blad en een blad met instructies.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: "string" },
      lang: { type: "string" },
    });
    if (!values.out || positionals.length > 0)
      throw new UsageError("Geef het doelbestand: --out sjabloon.xlsx");
    if (path.extname(values.out).toLowerCase() !== ".xlsx") {
      throw new UsageError("Het sjabloon is een Excel-werkmap: geef een bestandsnaam op .xlsx.");
    }
    const language = languageOption(values.lang);
    await buildTemplate(language).xlsx.writeFile(values.out);
    io.out(`Sjabloon geschreven: ${path.resolve(values.out)}`);
    return EXIT.done;
  },
};
