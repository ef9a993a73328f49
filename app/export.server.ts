// Routes reach the exports through this module only (see app/db.server.ts).
// Everyone with an account gets the research scope; the full scope, with
// the entrepreneurs' personal data, only administrators.

import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { errorForLog } from "../core/error-for-log";
import { translator } from "../core/i18n/messages";
import type { Language } from "../core/language";
import { loadConfig } from "../db/config";
import { type Db, SnapshotsBusyError } from "../db/connection.server";
import { installationSecret } from "../db/queries/installation.server";
import { audit } from "../db/queries/security.server";
import { type Scope, scopedFilter, withScope } from "../db/scope";
import {
  checkExportable,
  EXPORT_CONTENT_TYPES,
  type ExportFormat,
  exportFileName,
  NoGrantsError,
  writeExport,
} from "../reports/exports/export.server";
import { prepareOnSnapshot, type SnapshotExport } from "../reports/exports/prepare.server";
import type { ExportScope } from "../reports/exports/scope";
import { parseFilterQuery } from "../reports/metrics/filter";
import { loadMetricsReport, UnknownEditionsError } from "../reports/metrics/report.server";
import type { SessionUser } from "./auth.server";
import { errorText } from "./i18n/error-text";
import { languageOf } from "./i18n/language.server";

export { exportChoices } from "../db/queries/export-rows.server";

/** The query without empty fields: an empty form field means "any". */
export function filledQuery(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([, value]) => value.trim() !== ""));
}

export type ExportSelection =
  | {
      ok: true;
      /** The query of the download links: the same filter as the page. */
      query: string;
      editions: { edition_id: string; municipality: string; year: number }[];
      registrations: number;
      awarded: number;
    }
  | { ok: false; message: string };

/** The editions a query selects, with what the downloads would hold. */
export async function exportSelection(
  db: Db,
  params: URLSearchParams,
  scope: Scope,
  language: Language,
): Promise<ExportSelection> {
  const query = filledQuery(params);
  const parsed = parseFilterQuery(query, language);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  try {
    const report = await withScope(db, scope, (scoped) =>
      loadMetricsReport(scoped, scopedFilter(parsed.filter, scope), new Date()),
    );
    return {
      ok: true,
      query: query.toString(),
      editions: report.editions.map(({ edition_id, municipality, year }) => ({
        edition_id,
        municipality,
        year,
      })),
      registrations: report.aggregate.metrics.registrations ?? 0,
      awarded: report.aggregate.metrics.awarded ?? 0,
    };
  } catch (error) {
    if (error instanceof UnknownEditionsError) {
      return { ok: false, message: errorText(error, language) };
    }
    throw error;
  }
}

/**
 * How long a download waits for one of the exports running already to end
 * (decision 014) before it answers 503: a browser's download should not
 * hang, and requests that wait hold nothing.
 */
const SNAPSHOT_WAIT_MS = 10_000;

function problem(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}

/**
 * An export of the query's filter, research scope unless said otherwise,
 * streamed to the browser while it is written. A wrong filter answers 400,
 * an unknown edition (or 360Giving without awards) 404, the full scope to
 * anyone but an administrator 403, before anything is streamed.
 */
export async function exportResponse(
  request: Request,
  db: Db,
  format: ExportFormat,
  user: SessionUser,
  scope: ExportScope = "research",
): Promise<Response> {
  // The routes of the full scope ask for an administrator already; this
  // holds whichever route calls.
  const language = await languageOf(request);
  if (scope === "full" && user.role !== "admin") {
    return problem(403, translator(language)("http.adminsOnly"));
  }
  const parsed = parseFilterQuery(filledQuery(new URL(request.url).searchParams), language);
  if (!parsed.ok) return problem(400, parsed.message);
  const config = loadConfig();
  const settings = {
    scope,
    language,
    generatedAt: new Date(),
    // Read (or made) here: the installation's key is no data of the user's scope.
    pseudonymSecret: config.pseudonymSecret ?? (await installationSecret(db)),
    grantIdPrefix: config.grantIdPrefix,
    funders: config.funders,
    dataSource: config.dataSource,
  } as const;
  // Every read of the export, its figures and its rows, on one state of the
  // data: an import that commits meanwhile is in the next export, not half in this one.
  let exported: SnapshotExport;
  try {
    exported = await withScope(db, user.scope, (scoped) =>
      prepareOnSnapshot(scoped, scopedFilter(parsed.filter, user.scope), settings, {
        waitMs: SNAPSHOT_WAIT_MS,
      }),
    );
  } catch (error) {
    if (error instanceof SnapshotsBusyError) {
      return problem(503, error.in(language), { "Retry-After": "60" });
    }
    if (error instanceof UnknownEditionsError) return problem(404, errorText(error, language));
    throw error;
  }
  const { prepared, snapshot } = exported;
  let headers: Record<string, string>;
  try {
    checkExportable(prepared, format);
    // HEAD: the headers alone. Remix sends no body, and nobody would read one.
    if (request.method !== "HEAD") {
      await audit(db, {
        userId: user.user_id,
        actor: user.email,
        action: "export",
        // The choice as asked (municipalities, years, theme): no personal data.
        details: {
          format,
          scope,
          editions: prepared.editionIds.length,
          query: filledQuery(new URL(request.url).searchParams).toString(),
        },
      });
    }
    headers = {
      "Content-Type": EXPORT_CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFileName(prepared, format)}"`,
      // Figures change with every import: never serve them from a cache.
      "Cache-Control": "no-store",
    };
  } catch (error) {
    await snapshot.close();
    if (error instanceof NoGrantsError) return problem(404, errorText(error, language));
    throw error;
  }
  if (request.method === "HEAD") {
    await snapshot.close();
    return new Response(null, { headers });
  }
  const body = new PassThrough();
  // Remix aborts the request's signal when the response closes: a reader
  // that went away stops the export, and its snapshot is given back.
  if (request.signal.aborted) body.destroy();
  else request.signal.addEventListener("abort", () => body.destroy(), { once: true });
  writeExport(snapshot.db, prepared, format, body)
    .catch((error: unknown) => {
      // The reader went away and the body was destroyed: nothing went wrong here.
      if (body.destroyed) return;
      console.error(errorForLog(error));
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    })
    .finally(() => snapshot.close().catch((error: unknown) => console.error(errorForLog(error))));
  return new Response(createReadableStreamFromReadable(body), { headers });
}
