import { parseFilter } from "../../reports/metrics/filter";
import { metricsJson } from "../../reports/metrics/json";
import { loadMetricsReport, UnknownEditionsError } from "../../reports/metrics/report.server";
import { metricsTable } from "../../reports/metrics/table";
import { type Command, EXIT, parseCommandArgs, RefusedError, reasonIn, UsageError } from "../cli";

export const metricsCommand: Command = {
  name: "metrics",
  summary: "cli.metrics.summary",
  usage: "cli.metrics.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        edition: { type: "string", multiple: true },
        municipality: { type: "string", multiple: true },
        from: { type: "string" },
        to: { type: "string" },
        theme: { type: "string" },
        json: { type: "boolean" },
      },
      "cli.metrics.unknownLanguage",
    );
    if (positionals.length > 0) {
      throw new UsageError("cli.unexpected", { args: positionals.join(" ") });
    }
    const { language } = io;
    const parsed = parseFilter(values, (key) => `--${key}`, language);
    if (!parsed.ok) throw new UsageError("cli.reason", { reason: parsed.message });

    const report = await loadMetricsReport(await io.db(), parsed.filter, new Date()).catch(
      (error: unknown) => {
        if (!(error instanceof UnknownEditionsError)) throw error;
        throw new RefusedError("cli.metrics.unknownEditions", {
          reason: reasonIn(error, language),
        });
      },
    );
    io.out(
      values.json ? JSON.stringify(metricsJson(report), null, 2) : metricsTable(report, language),
    );
    return EXIT.done;
  },
};
