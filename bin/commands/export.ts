import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_LANGUAGE, isLanguage } from "../../core/language";
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
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

/** The kind of export and the extension of --out decide the format. */
function formatOf(kind: string | undefined, out: string): ExportFormat {
  const extension = path.extname(out).toLowerCase();
  const wanted = (format: ExportFormat, extensions: string[]) => {
    if (!extensions.includes(extension)) {
      throw new UsageError(`Voor ${kind} hoort --out op ${extensions.join(" of ")} te eindigen.`);
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
      throw new UsageError("Kies xlsx, csv of 360giving.");
  }
}

/** What the user can act on: an unknown edition, or no award to publish. */
function refused(error: unknown): never {
  if (error instanceof UnknownEditionsError || error instanceof NoGrantsError) {
    throw new RefusedError(error.message);
  }
  throw error;
}

function scopeOf(value: string | undefined): ExportScope {
  if (value === undefined) return "research";
  if (!isExportScope(value)) throw new UsageError(`--scope kent research en full, niet ${value}.`);
  return value;
}

export const exportCommand: Command = {
  name: "export",
  summary: "exporteert de gegevens voor onderzoek (xlsx, csv) of als open data (360giving)",
  usage: [
    "Gebruik: impact export xlsx|csv|360giving --out <bestand> [--municipality NAAM]...",
    "                       [--from JAAR] [--to JAAR] [--theme THEMA] [--edition ID]...",
    "                       [--scope research|full] [--lang en]",
    "",
    "xlsx       onderzoeksbestand: Lees mij, Codeboek, een blad per dataset en de kengetallen",
    "           per editie met het verschil met de vorige editie (--out bestand.xlsx)",
    "csv        dezelfde bladen als CSV-bestanden in een zip, voor Nederlandse Excel (--out bestand.zip)",
    "360giving  de toekenningen volgens de 360Giving-standaard: JSON (--out bestand.json)",
    "           of de spreadsheetvorm (--out bestand.xlsx)",
    "",
    "--municipality NAAM  alleen edities van deze gemeente (mag vaker)",
    "--from JAAR          vanaf dit jaar",
    "--to JAAR            tot en met dit jaar",
    "--theme THEMA        alleen edities met dit thema",
    "--edition ID         alleen deze editie (mag vaker)",
    "--scope research     gepseudonimiseerd, zonder namen en contactgegevens (standaard)",
    "--scope full         alles, met echte id's en persoonsgegevens: alleen voor beheerders",
    "--lang en            bladen, kopregels en uitleg in het Engels",
    "",
    "Pseudoniemen gebruiken IMPACT_SECRET, of anders de sleutel die in de database staat.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: "string" },
      municipality: { type: "string", multiple: true },
      edition: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      theme: { type: "string" },
      scope: { type: "string" },
      lang: { type: "string" },
    });
    const [kind, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(`Onverwacht argument: ${rest.join(" ")}`);
    if (!values.out) throw new UsageError("Geef het doelbestand: --out <bestand>.");
    const format = formatOf(kind, values.out);
    const scope = scopeOf(values.scope);
    const language = values.lang ?? DEFAULT_LANGUAGE;
    if (!isLanguage(language)) throw new UsageError(`--lang kent nl en en, niet ${language}.`);
    const parsed = parseFilter(values, (key) => `--${key}`);
    if (!parsed.ok) throw new UsageError(parsed.message);

    const config = loadConfig();
    // Every read on one state of the data: an import that commits meanwhile
    // is in the next export, not half in this one.
    const { prepared, snapshot } = await prepareOnSnapshot(await io.db(), parsed.filter, {
      scope,
      language,
      generatedAt: new Date(),
      pseudonymSecret: config.pseudonymSecret,
      grantIdPrefix: config.grantIdPrefix,
    }).catch(refused);
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
      io.out(`Export geschreven: ${target} (${scope}, ${prepared.editionIds.length} edities)`);
      return EXIT.done;
    } catch (error) {
      refused(error);
    } finally {
      await snapshot.close();
    }
  },
};
