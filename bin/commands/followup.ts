// `impact followup links|send|remind|revoke|moments`: the personal follow-up
// links of an edition and moment, and the edition's moments. `links` makes a
// fresh link for every invitee and revokes their older ones (a token is only
// known when it is made), and writes the file for a mail merge; `send` and
// `remind` e-mail the links (import/forms/followup-mail.server.ts) and print
// counts only; `revoke` ends links; `moments` shows or sets the moments.
// Names and e-mail go only into the file and the e-mail.
import { createWriteStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DEFAULT_FOLLOWUP_MOMENTS, followupUrl, isMoment, parseMoments } from "../../core/followup";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { loadConfig } from "../../db/config";
import type { Db } from "../../db/connection.server";
import {
  awardsDay,
  followupMoments,
  type IssuedLink,
  issueFollowupLinks,
  revokeFollowupLinks,
  setFollowupMoments,
} from "../../db/queries/followup-links.server";
import { sendFollowupMail } from "../../import/forms/followup-mail.server";
import { csvChunks } from "../../reports/exports/csv-writer";
import { columnWidth, type ExportSheet, fixedRows } from "../../reports/exports/sheet";
import { writeWorkbook } from "../../reports/exports/xlsx-writer";
import { type Command, EXIT, parseCommandArgs, RefusedError, UsageError } from "../cli";

function moment(value: string | undefined): number {
  const months = Number(value);
  if (value === undefined || !isMoment(months))
    throw new UsageError("followup.badMoment", { value: String(value) });
  return months;
}

/** The four columns a mail merge needs, under their own (untranslated) names. */
function linksSheet(links: readonly IssuedLink[], publicUrl: string, language: Language) {
  const headers = ["applicant_id", "initiative", "email", "url"];
  const sheet: ExportSheet = {
    name: translator(language)("followup.sheet"),
    file: "followup-links",
    layout: "table",
    columns: headers.map((header) => ({
      header,
      kind: "text",
      width: columnWidth(header, "text", header === "url"),
    })),
    batches: fixedRows(
      links.map((l) => [l.applicant_id, l.initiative, l.email, followupUrl(publicUrl, l.token)]),
    ),
  };
  return sheet;
}

async function writeLinks(file: string, sheet: ExportSheet, language: Language): Promise<void> {
  const output = createWriteStream(file);
  if (path.extname(file).toLowerCase() === ".xlsx") {
    await writeWorkbook([sheet], output, language, new Date());
  } else await pipeline(Readable.from(csvChunks(sheet, language)), output);
}

const ACTIONS = ["links", "send", "remind", "revoke"] as const;

function isAction(action: string | undefined): action is (typeof ACTIONS)[number] {
  return (ACTIONS as readonly (string | undefined)[]).includes(action);
}

/** The day the edition's follow-up counts from, once `months` is one of its moments. */
async function momentDay(db: Db, editionId: string, months: number): Promise<string> {
  const day = await awardsDay(db, editionId);
  if (day === null) throw new RefusedError("followup.noAwardsDay", { edition: editionId });
  const moments = (await followupMoments(db, editionId)) ?? [];
  if (!moments.includes(months)) {
    const list = moments.join(", ");
    throw new RefusedError("followup.notAMoment", { edition: editionId, moments: list, months });
  }
  return day;
}

export const followupCommand: Command = {
  name: "followup",
  summary: "cli.followup.summary",
  usage: "cli.followup.usage",
  usageValues: { moments: DEFAULT_FOLLOWUP_MOMENTS.join(", ") },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      moment: { type: "string" },
      out: { type: "string" },
      applicant: { type: "string" },
      again: { type: "boolean" },
    });
    const [action, editionId, ...rest] = positionals;
    const t = translator(io.language);
    if (action === "moments" && editionId && rest.length <= 1) {
      const db = await io.db();
      const [given] = rest;
      if (given !== undefined) {
        const moments = parseMoments(given);
        if (!moments) throw new UsageError("followup.badMoments", { value: given });
        if (!(await setFollowupMoments(db, editionId, moments)))
          throw new RefusedError("followup.unknownEdition", { edition: editionId });
      }
      const moments = await followupMoments(db, editionId);
      if (!moments) throw new RefusedError("followup.unknownEdition", { edition: editionId });
      io.out(t("followup.moments", { edition: editionId, moments: moments.join(", ") }));
      return EXIT.done;
    }
    if (!isAction(action) || !editionId || rest.length > 0) throw new UsageError("followup.choose");
    const months = moment(values.moment);
    if (action === "send" || action === "remind") {
      // Checked before the database is touched: without a mail server nothing is written.
      const mail = loadConfig().mail;
      if (!mail) throw new RefusedError("followup.noMail");
      const db = await io.db();
      const run = {
        editionId,
        months,
        kind: action === "send" ? ("invitation" as const) : ("reminder" as const),
        again: values.again === true,
        publicUrl: loadConfig().publicUrl,
        day: await momentDay(db, editionId, months),
      };
      const { sent, failed, skipped } = await sendFollowupMail(db, mail, run);
      io.out(t("followup.mailSummary", { sent, failed, ...skipped }));
      if (failed === 0) return EXIT.done;
      io.err(t("followup.mailFailedSome", { failed }));
      return EXIT.failed;
    }
    const db = await io.db();
    if (action === "revoke") {
      const count = await revokeFollowupLinks(
        db,
        editionId,
        months,
        values.applicant === undefined ? undefined : [values.applicant],
      );
      io.out(t("followup.revoked", { count }));
      return EXIT.done;
    }
    if (!values.out) throw new UsageError("followup.giveOut");
    if (![".csv", ".xlsx"].includes(path.extname(values.out).toLowerCase()))
      throw new UsageError("followup.extension");
    const { publicUrl } = loadConfig();
    const day = await momentDay(db, editionId, months);
    const links = await issueFollowupLinks(db, editionId, months, day);
    await writeLinks(values.out, linksSheet(links, publicUrl, io.language), io.language);
    io.out(t("followup.written", { count: links.length, file: path.resolve(values.out) }));
    return EXIT.done;
  },
};
