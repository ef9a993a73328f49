import { userInfo } from "node:os";
import { dayInNetherlands } from "../../core/format";
import { translator } from "../../core/i18n/messages";
import { UserError } from "../../core/i18n/user-error";
import { assignEdition, DEFAULT_PER_PLAN } from "../../import/scoring/assign.server";
import { awardMessage, awardSelection } from "../../import/scoring/award-selection.server";
import { loadCalibration } from "../../reports/calibration/report.server";
import { calibrationSummary } from "../../reports/calibration/summary";
import { UnknownEditionsError } from "../../reports/metrics/report.server";
import { editionRanking } from "../../reports/selection/edition-ranking.server";
import {
  type Command,
  type CommandIo,
  EXIT,
  parseCommandArgs,
  RefusedError,
  reasonIn,
  UsageError,
} from "../cli";
import { writeLetters } from "./assessment-letters";

/** `impact assessment calibration EDITION`: the edition's calibration, as a table or JSON. */
async function calibration(editionId: string, json: boolean, io: CommandIo) {
  const { calibration, awards } = await loadCalibration(await io.db(), editionId).catch(
    (error: unknown) => {
      if (error instanceof UnknownEditionsError) {
        throw new RefusedError("cli.reason", { reason: reasonIn(error, io.language) });
      }
      throw error;
    },
  );
  io.out(
    json
      ? JSON.stringify(calibration, null, 2)
      : calibrationSummary(calibration, awards, io.language),
  );
  return EXIT.done;
}

/** `impact assessment assign EDITION --assessors a,b --per-plan N`: the balanced automatic assignment. */
async function assign(
  editionId: string,
  assessors: string | undefined,
  perPlan: string | undefined,
  io: CommandIo,
) {
  if (!assessors) throw new UsageError("scoring.cli.giveAssessors");
  const n = perPlan === undefined ? DEFAULT_PER_PLAN : Number(perPlan);
  try {
    const result = await assignEdition(await io.db(), {
      editionId,
      assessorEmails: assessors.split(","),
      perPlan: n,
      actor: { userId: null, name: `cli:${userInfo().username}` },
    });
    io.out(
      translator(io.language)("scoring.cli.assigned", {
        edition: editionId,
        perPlan: n,
        ...result,
      }),
    );
    return EXIT.done;
  } catch (error) {
    if (error instanceof UserError) throw new RefusedError(error.key, error.values);
    throw error;
  }
}

/** `impact assessment award EDITION`: the selection above the budget line becomes awards, dated today. */
async function award(editionId: string, io: CommandIo) {
  const db = await io.db();
  const ranked = await editionRanking(db, editionId);
  if (!ranked) throw new RefusedError("scoring.assign.unknownEdition", { edition: editionId });
  const outcome = await awardSelection(db, {
    editionId,
    ranking: ranked.ranking,
    awardedOn: dayInNetherlands(new Date()),
    actor: { userId: null, name: `cli:${userInfo().username}` },
    language: io.language,
  });
  const message = awardMessage(outcome, io.language);
  // Nothing left to award is no refusal: the selection is awarded.
  if (!outcome.ok && outcome.reason !== "nothing") {
    throw new RefusedError("cli.reason", { reason: message });
  }
  io.out(message);
  return EXIT.done;
}

export const assessmentCommand: Command = {
  name: "assessment",
  summary: "cli.assessment.summary",
  usage: "cli.assessment.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: "boolean" },
      out: { type: "string" },
      assessors: { type: "string" },
      "per-plan": { type: "string" },
    });
    const [action, editionId, ...rest] = positionals;
    const known =
      action === "calibration" || action === "assign" || action === "letters" || action === "award";
    if (!known || editionId === undefined) {
      throw new UsageError("cli.assessment.giveEdition");
    }
    if (rest.length > 0) throw new UsageError("cli.unexpected", { args: rest.join(" ") });
    if (action === "letters") return writeLetters(editionId, values.out, io);
    if (action === "award") return award(editionId, io);
    if (action === "calibration") return calibration(editionId, values.json === true, io);
    return assign(editionId, values.assessors, values["per-plan"], io);
  },
};
