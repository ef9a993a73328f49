import { loadCalibration } from "../../reports/calibration/report.server";
import { calibrationSummary } from "../../reports/calibration/summary";
import { UnknownEditionsError } from "../../reports/metrics/report.server";
import { type Command, EXIT, parseCommandArgs, RefusedError, reasonIn, UsageError } from "../cli";
import { writeLetters } from "./assessment-letters";

/** `impact assessment calibration EDITION` and `impact assessment letters EDITION --out FILE.zip`. */
export const assessmentCommand: Command = {
  name: "assessment",
  summary: "cli.assessment.summary",
  usage: "cli.assessment.usage",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: "boolean" },
      out: { type: "string" },
    });
    const [action, editionId, ...rest] = positionals;
    if (action === "letters" && editionId !== undefined && rest.length === 0) {
      return writeLetters(editionId, values.out, io);
    }
    if (action !== "calibration" || editionId === undefined) {
      throw new UsageError("cli.assessment.giveEdition");
    }
    if (rest.length > 0) throw new UsageError("cli.unexpected", { args: rest.join(" ") });
    const { calibration, awards } = await loadCalibration(await io.db(), editionId).catch(
      (error: unknown) => {
        if (error instanceof UnknownEditionsError) {
          throw new RefusedError("cli.reason", { reason: reasonIn(error, io.language) });
        }
        throw error;
      },
    );
    io.out(
      values.json
        ? JSON.stringify(calibration, null, 2)
        : calibrationSummary(calibration, awards, io.language),
    );
    return EXIT.done;
  },
};
