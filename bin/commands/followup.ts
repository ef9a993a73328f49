// `impact followup links|revoke|moments`: the personal follow-up links of an
// edition and moment, and the edition's moments. `links` makes a fresh link
// for every invitee and revokes their older ones (a token is only known when
// it is made), and writes the file for a mail merge; `revoke` ends links;
// `moments` shows or sets the moments. Names and e-mail go only into the file.
import { createWriteStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DEFAULT_FOLLOWUP_MOMENTS, isMoment, parseMoments } from "../../core/followup";
import { translator } from "../../core/i18n/messages";
import type { Language } from "../../core/language";
import { loadConfig } from "../../db/config";
import {
  awardsDay,
  followupMoments,
  type IssuedLink,
  issueFollowupLinks,
  revokeFollowupLinks,
  setFollowupMoments,
} from "../../db/queries/followup-links.server";
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

/** The link's address: the public address, the form's path and the token. */
export function followupUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/opvolging/${token}`;
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
    if ((action !== "links" && action !== "revoke") || !editionId || rest.length > 0)
      throw new UsageError("followup.choose");
    const months = moment(values.moment);
    const db = await io.db();
    if (action === "revoke") {
      const count = await revokeFollowupLinks(db, editionId, months, values.applicant);
      io.out(t("followup.revoked", { count }));
      return EXIT.done;
    }
    if (!values.out) throw new UsageError("followup.giveOut");
    if (![".csv", ".xlsx"].includes(path.extname(values.out).toLowerCase()))
      throw new UsageError("followup.extension");
    const { publicUrl } = loadConfig();
    const day = await awardsDay(db, editionId);
    if (day === null) throw new RefusedError("followup.noAwardsDay", { edition: editionId });
    const moments = (await followupMoments(db, editionId)) ?? [];
    if (!moments.includes(months)) {
      const list = moments.join(", ");
      throw new RefusedError("followup.notAMoment", { edition: editionId, moments: list, months });
    }
    const links = await issueFollowupLinks(db, editionId, months, day);
    await writeLinks(values.out, linksSheet(links, publicUrl, io.language), io.language);
    io.out(t("followup.written", { count: links.length, file: path.resolve(values.out) }));
    return EXIT.done;
  },
};
