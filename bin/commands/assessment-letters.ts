// `impact assessment letters EDITION --out letters.zip`: every feedback
// letter of the edition as a PDF in one zip (reports/letters).
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { translator } from "../../core/i18n/messages";
import { ChromiumMissingError, closePdfBrowser } from "../../reports/factsheet/pdf.server";
import { loadLetters } from "../../reports/letters/model.server";
import { writeLettersZip } from "../../reports/letters/zip.server";
import { UnknownEditionsError } from "../../reports/metrics/report.server";
import { type CommandIo, EXIT, type ExitCode, RefusedError, reasonIn, UsageError } from "../cli";

export async function writeLetters(
  editionId: string,
  out: string | undefined,
  io: CommandIo,
): Promise<ExitCode> {
  if (!out) throw new UsageError("cli.assessment.letters.giveOut");
  if (path.extname(out).toLowerCase() !== ".zip") {
    throw new UsageError("cli.assessment.letters.extension");
  }
  const { language } = io;
  const letters = await loadLetters(await io.db(), editionId, language, new Date()).catch(
    (error: unknown) => {
      if (error instanceof UnknownEditionsError) {
        throw new RefusedError("cli.reason", { reason: reasonIn(error, language) });
      }
      throw error;
    },
  );
  const target = path.resolve(out);
  // Written beside the target and renamed when complete: a failure leaves no
  // half file behind, and never half overwrites an earlier one.
  const partial = `${target}.part`;
  try {
    await writeLettersZip(letters, createWriteStream(partial), new Date());
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof ChromiumMissingError) {
      throw new RefusedError("cli.reason", { reason: reasonIn(error, language) });
    }
    throw error;
  } finally {
    await closePdfBrowser();
  }
  io.out(
    translator(language)("cli.assessment.letters.written", { file: target, n: letters.length }),
  );
  return EXIT.done;
}
