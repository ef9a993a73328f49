import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { loadConfig } from "../../db/config";
import {
  checkExportable,
  type ExportFormat,
  NoGrantsError,
  writeExport,
} from "../../reports/exports/export.server";
import { prepareOnSnapshot } from "../../reports/exports/prepare.server";
import { type ExportScope, isExportScope } from "../../reports/exports/scope";
import { parseFilter } from "../../reports/metrics/filter";
import { UnknownEditionsError } from "../../reports/metrics/report.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, reasonIn, UsageError } from "../cli";

/** The kind of export and the extension of --out decide the format. */
function formatOf(kind: string | undefined, out: string, language: Language): ExportFormat {
  const extension = path.extname(out).toLowerCase();
  const wanted = (format: ExportFormat, extensions: string[]) => {
    if (!extensions.includes(extension)) {
      throw new UsageError("cli.export.extension", {
        kind: String(kind),
        extensions: extensions.join(` ${translator(language)("cli.or")} `),
      });
    }
    return format;
  };
  switch (kind) {
    case "xlsx":
      return wanted("xlsx", [".xlsx"]);
    case "csv":
      return wanted("csv", [".zip"]);
    case "360giving":
      return extension === ".xlsx"
        ? "360giving-xlsx"
        : wanted("360giving-json", [".json", ".xlsx"]);
    default:
      throw new UsageError("cli.export.chooseKind");
  }
}

/** What the user can act on: an unknown edition, or no award to publish. */
function refused(error: unknown, language: Language): never {
  if (error instanceof UnknownEditionsError || error instanceof NoGrantsError) {
    throw new RefusedError("cli.reason", { reason: reasonIn(error, language) });
  }
  throw error;
}

function scopeOf(value: string | undefined): ExportScope {
  if (value === undefined) return "research";
  if (!isExportScope(value)) throw new UsageError("cli.export.unknownScope", { value });
  return value;
}

export const exportCommand: Command = {
  name: "export",
  summary: "cli.export.summary",
  usage: "cli.export.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: "string" },
      municipality: { type: "string", multiple: true },
      edition: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      theme: { type: "string" },
      scope: { type: "string" },
    });
    const { language } = io;
    const [kind, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError("cli.unexpected", { args: rest.join(" ") });
    if (!values.out) throw new UsageError("cli.export.giveOut");
    const format = formatOf(kind, values.out, language);
    const scope = scopeOf(values.scope);
    const parsed = parseFilter(values, (key) => `--${key}`, language);
    if (!parsed.ok) throw new UsageError("cli.reason", { reason: parsed.message });

    const config = loadConfig();
    // Every read on one state of the data: an import that commits meanwhile
    // is in the next export, not half in this one.
    const { prepared, snapshot } = await prepareOnSnapshot(await io.db(), parsed.filter, {
      scope,
      language,
      generatedAt: new Date(),
      pseudonymSecret: config.pseudonymSecret,
      grantIdPrefix: config.grantIdPrefix,
      funders: config.funders,
      dataSource: config.dataSource,
    }).catch((error: unknown) => refused(error, language));
    try {
      checkExportable(prepared, format);
      const target = path.resolve(values.out);
      // Written beside the target and renamed when complete: a failed export
      // leaves no half file behind, and never half overwrites an earlier one.
      const partial = `${target}.part`;
      try {
        await writeExport(snapshot.db, prepared, format, createWriteStream(partial));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      io.out(
        translator(language)("cli.export.written", {
          file: target,
          scope,
          n: prepared.editionIds.length,
        }),
      );
      return EXIT.done;
    } catch (error) {
      refused(error, language);
    } finally {
      await snapshot.close();
    }
  },
};
