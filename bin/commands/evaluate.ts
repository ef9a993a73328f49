import { translator } from "../../core/i18n/messages";
import { UserError } from "../../core/i18n/user-error";
import { DEFAULT_LANGUAGE, isLanguage } from "../../core/language";
import { parseBandwidth } from "../../reports/evaluation/bandwidth";
import { loadEvaluation } from "../../reports/evaluation/report.server";
import { evaluationSummary } from "../../reports/evaluation/summary";
import { parseFilter } from "../../reports/metrics/filter";
import { UnknownEditionsError } from "../../reports/metrics/report.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "schat het effect van het microkrediet op de budgetgrens (--json: machineleesbaar)",
  usage: [
    "Gebruik: impact evaluate [--municipality NAAM] [--from JAAR] [--to JAAR]",
    "                         [--bandwidth H] [--edition ID] [--theme THEMA] [--json] [--lang nl|en]",
    "",
    "Vergelijkt initiatieven net boven en net onder de budgetgrens van elke editie",
    "(de laagste score die nog een microkrediet kreeg): het verschil in voortbestaan",
    "na 12 maanden, met een 95%-interval; daarnaast wat elk beoordelingscriterium",
    "voorspelt en gefinancierd tegenover de vergelijkingsgroep. Zonder keuze: alle edities.",
    "",
    "--municipality NAAM  alleen edities van deze gemeente (mag vaker)",
    "--from JAAR          vanaf dit jaar",
    "--to JAAR            tot en met dit jaar",
    "--bandwidth H        scorepunten (0..100) aan elke kant van de grens; standaard 15",
    "--edition ID         alleen deze editie (mag vaker)",
    "--theme THEMA        alleen edities met dit thema",
    "--json               de machineleesbare vorm (shared/spec/evaluation.md)",
    "--lang en            de samenvatting in het Engels",
    "",
    "Afsluitcode: 0 klaar, 1 geweigerd (onbekende gemeente of editie), 2 verkeerde aanroep.",
  ].join("\n"),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      edition: { type: "string", multiple: true },
      municipality: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      theme: { type: "string" },
      bandwidth: { type: "string" },
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
    const bandwidth = parseBandwidth(values.bandwidth);
    if (bandwidth === null) {
      throw new UsageError(
        translator("nl")("evaluation.badBandwidth", {
          option: "--bandwidth",
          value: values.bandwidth ?? "",
        }),
      );
    }
    const parsed = parseFilter(values, (key) => `--${key}`);
    if (!parsed.ok) throw new UsageError(parsed.message);

    const result = await loadEvaluation(await io.db(), parsed.filter, bandwidth).catch(
      (error: unknown) => {
        if (error instanceof UserError) throw new RefusedError(error.in(language));
        if (error instanceof UnknownEditionsError) throw new RefusedError(error.message);
        throw error;
      },
    );
    io.out(values.json ? JSON.stringify(result, null, 2) : evaluationSummary(result, language));
    return EXIT.done;
  },
};
