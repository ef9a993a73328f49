import { existsSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import { DATASETS, type DatasetKey } from "../../core/contract/datasets";
import { translator } from "../../core/i18n/messages";
import { loadConfig } from "../../db/config";
import { importReportText } from "../../import/report";
import { importFile } from "../../import/run.server";
import { buildTemplate } from "../../import/template";
import { listImports, undoImport } from "../../import/undo.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

const DATASET_NAMES = DATASETS.map((d) => `${d.key} (${d.alias})`).join(", ");

function datasetOption(value: string | undefined): DatasetKey | undefined {
  if (value === undefined) return undefined;
  const found = DATASETS.find(
    (d) => d.key === value.toLowerCase() || d.alias === value.toLowerCase(),
  );
  if (!found) {
    throw new UsageError("cli.import.unknownDataset", { value, datasets: DATASET_NAMES });
  }
  return found.key;
}

export const importCommand: Command = {
  name: "import",
  summary: "cli.import.summary",
  usage: "cli.import.usage",
  usageValues: { datasets: DATASET_NAMES },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      "dry-run": { type: "boolean" },
      replace: { type: "boolean" },
      dataset: { type: "string" },
      json: { type: "boolean" },
      by: { type: "string" },
    });
    const { language } = io;
    const dataset = datasetOption(values.dataset);
    if (positionals.length !== 1) throw new UsageError("cli.import.oneFile");
    const file = path.resolve(positionals[0] as string);
    if (!existsSync(file) || !statSync(file).isFile()) {
      throw new UsageError("cli.import.notFound", { file });
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
    throw new UsageError("cli.imports.giveNumber");
  }
  return id;
}

export const importsCommand: Command = {
  name: "imports",
  summary: "cli.imports.summary",
  usage: "cli.imports.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } });
    const t = translator(io.language);
    const [action, id] = positionals;
    if (action === "list" && positionals.length === 1) {
      const records = await listImports(await io.db());
      if (values.json) io.out(JSON.stringify(records, null, 2));
      else if (records.length === 0) io.out(t("cli.imports.none"));
      else {
        for (const r of records) {
          const state = r.undone_at ? ` (${t("cli.imports.undoneMark")})` : "";
          io.out(
            `${r.import_id}  ${r.imported_at.toISOString()}  ${r.imported_by}  ${r.mode}  ${r.file_name}  ${r.sha256.slice(0, 12)}  ${r.edition_ids.join(",")}${state}`,
          );
        }
      }
      return EXIT.done;
    }
    if (action === "undo" && positionals.length === 2) {
      const number = parseImportId(id);
      const result = await undoImport(await io.db(), number);
      if (result.ok) {
        io.out(
          t("cli.imports.undone", { id: result.record.import_id, file: result.record.file_name }),
        );
        return EXIT.done;
      }
      if (result.reason === "not_found")
        throw new RefusedError("cli.imports.notFound", { id: number });
      if (result.reason === "already_undone") {
        throw new RefusedError("cli.imports.alreadyUndone", { id: number });
      }
      throw new RefusedError("cli.imports.later", {
        id: number,
        later: result.laterImportId,
        editions: result.editionIds.join(", "),
      });
    }
    throw new UsageError("cli.imports.choose");
  },
};

export const templateCommand: Command = {
  name: "template",
  summary: "cli.template.summary",
  usage: "cli.template.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: "string" } });
    if (!values.out || positionals.length > 0) throw new UsageError("cli.template.giveOut");
    if (path.extname(values.out).toLowerCase() !== ".xlsx") {
      throw new UsageError("cli.template.xlsx");
    }
    await buildTemplate(io.language).xlsx.writeFile(values.out);
    io.out(translator(io.language)("cli.template.written", { file: path.resolve(values.out) }));
    return EXIT.done;
  },
};
