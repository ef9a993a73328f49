import { DEFAULT_LANGUAGE, isLanguage } from "../../core/language";
import { parseFilter } from "../../reports/metrics/filter";
import { metricsJson } from "../../reports/metrics/json";
import { loadMetricsReport, UnknownEditionsError } from "../../reports/metrics/report.server";
import { metricsTable } from "../../reports/metrics/table";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

export const metricsCommand: Command = {
  name: "metrics",
  summary: "toont de kengetallen per editie (--json: machineleesbaar)",
  usage: [
    "Gebruik: impact metrics [--edition ID] [--municipality NAAM] [--from JAAR] [--to JAAR]",
    "                        [--theme THEMA] [--json] [--lang nl|en]",
    "",
    "Toont elk kengetal van de catalogus per editie, op gemeente en jaar, met alle",
    "gekozen edities samen in de laatste kolom. Zonder keuze: alle edities.",
    "",
    "--edition ID         alleen deze editie (mag vaker)",
    "--municipality NAAM  alleen edities van deze gemeente (mag vaker)",
    "--from JAAR          vanaf dit jaar",
    "--to JAAR            tot en met dit jaar",
    "--theme THEMA        alleen edities met dit thema",
    "--json               de machineleesbare vorm, met het verschil met de vorige editie",
    "--lang en            de tabel in het Engels",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      edition: { type: "string", multiple: true },
      municipality: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      theme: { type: "string" },
      json: { type: "boolean" },
      lang: { type: "string" },
    });
    if (positionals.length > 0) {
      throw new UsageError(`Onverwacht argument: ${positionals.join(" ")}`);
    }
    const language = values.lang ?? DEFAULT_LANGUAGE;
    if (!isLanguage(language)) {
      throw new UsageError(`Onbekende taal: ${language}. Kies nl of en.`);
    }
    const parsed = parseFilter(values, (key) => `--${key}`);
    if (!parsed.ok) throw new UsageError(parsed.message);

    const report = await loadMetricsReport(await io.db(), parsed.filter, new Date()).catch(
      (error: unknown) => {
        if (!(error instanceof UnknownEditionsError)) throw error;
        throw new RefusedError(
          `${error.message} Zonder --edition toont \`impact metrics\` alle edities die er zijn.`,
        );
      },
    );
    io.out(
      values.json ? JSON.stringify(metricsJson(report), null, 2) : metricsTable(report, language),
    );
    return EXIT.done;
  },
};
