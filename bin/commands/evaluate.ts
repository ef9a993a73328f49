import { UserError } from "../../core/i18n/user-error";
import { parseBandwidth } from "../../reports/evaluation/bandwidth";
import { loadEvaluation } from "../../reports/evaluation/report.server";
import { evaluationSummary } from "../../reports/evaluation/summary";
import { parseFilter } from "../../reports/metrics/filter";
import { UnknownEditionsError } from "../../reports/metrics/report.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, reasonIn, UsageError } from "../cli";

export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "cli.evaluate.summary",
  usage: "cli.evaluate.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      edition: { type: "string", multiple: true },
      municipality: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      theme: { type: "string" },
      bandwidth: { type: "string" },
      json: { type: "boolean" },
    });
    if (positionals.length > 0) {
      throw new UsageError("cli.unexpected", { args: positionals.join(" ") });
    }
    const { language } = io;
    const bandwidth = parseBandwidth(values.bandwidth);
    if (bandwidth === null) {
      throw new UsageError("evaluation.badBandwidth", {
        option: "--bandwidth",
        value: values.bandwidth ?? "",
      });
    }
    const parsed = parseFilter(values, (key) => `--${key}`, language);
    if (!parsed.ok) throw new UsageError("cli.reason", { reason: parsed.message });

    const result = await loadEvaluation(await io.db(), parsed.filter, bandwidth).catch(
      (error: unknown) => {
        if (error instanceof UserError || error instanceof UnknownEditionsError) {
          throw new RefusedError("cli.reason", { reason: reasonIn(error, language) });
        }
        throw error;
      },
    );
    io.out(values.json ? JSON.stringify(result, null, 2) : evaluationSummary(result, language));
    return EXIT.done;
  },
};
