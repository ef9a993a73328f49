import { writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import { translator } from "../../core/i18n/messages";
import { loadConfig } from "../../db/config";
import {
  type ErasureRefusal,
  eraseRegistration,
  registrationRecord,
  sweepRetention,
} from "../../db/queries/privacy.server";
import { accessRequestJson, accessRequestWorkbook } from "../../reports/privacy/access.server";
import { recordMarkdown, recordOfProcessing } from "../../reports/privacy/record";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

const actor = () => `cli:${userInfo().username}`;

function refused(refusal: ErasureRefusal, edition: string, applicant: string): RefusedError {
  return refusal.reason === "unknown_edition"
    ? new RefusedError("privacy.unknownEdition", { edition })
    : new RefusedError("privacy.unknownApplicant", { edition, applicant });
}

/** `2033-01-01` as midnight UTC; anything else is a wrong call. */
function asOfDate(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()))
    throw new UsageError("privacy.badDate", { value });
  return date;
}

export const privacyCommand: Command = {
  name: "privacy",
  summary: "cli.privacy.summary",
  usage: "cli.privacy.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: "string" },
      "as-of": { type: "string" },
    });
    const [action, edition, applicant, ...rest] = positionals;
    const t = translator(io.language);
    if (action === "record") {
      if (edition !== undefined) throw new UsageError("privacy.choose");
      const text = recordMarkdown(
        recordOfProcessing(io.language, { retentionYears: loadConfig().retentionYears }),
        io.language,
      );
      if (values.out) {
        await writeFile(values.out, text);
        io.out(t("privacy.recordWritten", { file: path.resolve(values.out) }));
      } else io.out(text);
      return EXIT.done;
    }
    if (action === "sweep") {
      if (edition !== undefined) throw new UsageError("privacy.choose");
      const years = loadConfig().retentionYears;
      const asOf = asOfDate(values["as-of"]);
      const result = await sweepRetention(await io.db(), years, asOf, {
        userId: null,
        actor: actor(),
      });
      const day = asOf.toISOString().slice(0, 10);
      io.out(
        result.editions.length === 0
          ? t("privacy.sweptNothing", { years, asOf: day })
          : t("privacy.swept", {
              years,
              asOf: day,
              n: result.editions.reduce((n, e) => n + e.registrations, 0),
              editions: result.editions.map((e) => e.edition_id).join(", "),
            }),
      );
      return EXIT.done;
    }
    if (action !== "erase" && action !== "export") throw new UsageError("privacy.choose");
    if (!edition || !applicant || rest.length > 0) throw new UsageError("privacy.giveRegistration");
    if (action === "erase") {
      const result = await eraseRegistration(await io.db(), edition, applicant, {
        userId: null,
        actor: actor(),
      });
      if (!result.ok) throw refused(result, edition, applicant);
      io.out(t("privacy.erased", { edition, applicant, erasedAs: result.erasedAs }));
      return EXIT.done;
    }
    if (!values.out) throw new UsageError("privacy.giveOut");
    const format = path.extname(values.out).toLowerCase();
    if (format !== ".json" && format !== ".xlsx") throw new UsageError("privacy.outExtension");
    const record = await registrationRecord(await io.db(), edition, applicant);
    if ("reason" in record) throw refused(record, edition, applicant);
    await writeFile(
      values.out,
      format === ".json" ? accessRequestJson(record) : await accessRequestWorkbook(record),
    );
    io.out(t("privacy.exported", { edition, applicant, file: path.resolve(values.out) }));
    return EXIT.done;
  },
};
