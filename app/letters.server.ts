// Routes reach the feedback letters through this module only (see app/db.server.ts).
// Administrators only: a letter holds the entrepreneur's name and the
// assessors' comments; anyone else gets the app's 403.
import { PassThrough } from "node:stream";
import { type AppLoadContext, createReadableStreamFromReadable } from "@remix-run/node";
import { errorForLog } from "../core/error-for-log";
import { translator } from "../core/i18n/messages";
import { isLanguage, type Language } from "../core/language";
import { audit } from "../db/queries/security.server";
import { withScope } from "../db/scope";
import { ZIP_CONTENT_TYPE } from "../reports/exports/zip-writer";
import { ChromiumMissingError, htmlToPdf, requireChromium } from "../reports/factsheet/pdf.server";
import { letterHtml } from "../reports/letters/html.server";
import type { LetterModel } from "../reports/letters/letters";
import { loadLetters } from "../reports/letters/model.server";
import { writeLettersZip } from "../reports/letters/zip.server";
import { UnknownEditionsError } from "../reports/metrics/report.server";
import { requireUser, type SessionUser } from "./auth.server";
import { errorText } from "./i18n/error-text";
import { languageOf } from "./i18n/language.server";

interface LettersRequest {
  user: SessionUser;
  /** The letters' language: ?taal=en, else the reader's. */
  language: Language;
  letters: LetterModel[];
}

function problem(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The administrator and the edition's letters; a 403 for anyone else, a 404 for an unknown edition. */
async function lettersFor(
  request: Request,
  context: AppLoadContext,
  editionId: string,
): Promise<LettersRequest> {
  const user = await requireUser(request, context.db, ["admin"]);
  const taal = new URL(request.url).searchParams.get("taal");
  const language = isLanguage(taal) ? taal : await languageOf(request);
  try {
    const letters = await withScope(context.db, user.scope, (db) =>
      loadLetters(db, editionId, language, new Date()),
    );
    return { user, language, letters };
  } catch (error) {
    if (error instanceof UnknownEditionsError) {
      throw problem(404, errorText(error, await languageOf(request)));
    }
    throw error;
  }
}

/** What /edities/<id>/brieven lists: per letter the initiative, the decision and the weighted score. */
export async function lettersPageData(
  request: Request,
  context: AppLoadContext,
  editionId: string,
) {
  const { language, letters } = await lettersFor(request, context, editionId);
  const edition = await context.db
    .selectFrom("editions")
    .select(["edition_id", "name"])
    .where("edition_id", "=", editionId)
    .executeTakeFirstOrThrow();
  return {
    edition,
    language,
    letters: letters
      .map((l) => ({
        applicant_id: l.applicant.applicant_id,
        initiative: l.applicant.initiative,
        awarded: l.microcredit_eur !== null,
        score: l.weighted.score,
      }))
      .sort((a, b) => (b.score ?? -1) - (a.score ?? -1)),
  };
}

const PDF_SUFFIX = ".pdf";

/**
 * /edities/<id>/brieven/<applicant_id>: the letter as HTML; with `.pdf`
 * after the id, as a PDF (503 with the way out without Chromium).
 */
export async function letterResponse(
  request: Request,
  context: AppLoadContext,
  editionId: string,
  file: string,
): Promise<Response> {
  const { language, letters } = await lettersFor(request, context, editionId);
  const pdf = file.endsWith(PDF_SUFFIX);
  const applicantId = pdf ? file.slice(0, -PDF_SUFFIX.length) : file;
  const letter = letters.find((l) => l.applicant.applicant_id === applicantId);
  if (!letter) return problem(404, translator(language)("letters.notFound"));
  const headers = { "Cache-Control": "no-store" };
  if (!pdf) {
    return new Response(letterHtml(letter), {
      headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
    });
  }
  try {
    return new Response(new Uint8Array(await htmlToPdf(letterHtml(letter))), {
      headers: { ...headers, "Content-Type": "application/pdf" },
    });
  } catch (error) {
    if (error instanceof ChromiumMissingError) return problem(503, errorText(error, language));
    throw error;
  }
}

/** /edities/<id>/brieven.zip: every letter's PDF, streamed; the download is in the audit log. */
export async function lettersZipResponse(
  request: Request,
  context: AppLoadContext,
  editionId: string,
): Promise<Response> {
  const { user, language, letters } = await lettersFor(request, context, editionId);
  // Chromium is asked for before the first byte: without it a 503 that says
  // how to get it, not a broken download.
  try {
    requireChromium();
  } catch (error) {
    if (error instanceof ChromiumMissingError) return problem(503, errorText(error, language));
    throw error;
  }
  await audit(context.db, {
    userId: user.user_id,
    actor: user.email,
    action: "export",
    details: { kind: "letters", edition_id: editionId, letters: letters.length },
  });
  const body = new PassThrough();
  if (request.signal.aborted) body.destroy();
  else request.signal.addEventListener("abort", () => body.destroy(), { once: true });
  writeLettersZip(letters, body, new Date()).catch((error: unknown) => {
    // The reader went away and the body was destroyed: nothing went wrong here.
    if (body.destroyed) return;
    console.error(errorForLog(error));
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(createReadableStreamFromReadable(body), {
    headers: {
      "Content-Type": ZIP_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="brieven-${editionId.replace(/[^A-Za-z0-9._-]/g, "_")}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
