// Routes reach the metrics through this module only: Remix leaves `*.server`
// modules of app/ out of the browser bundle, and reports/ and db/ lie
// outside app/ (see app/db.server.ts).
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { EditionFilter } from "../core/metric-parts";
import type { Db } from "../db/connection.server";
import { metricsJson } from "../reports/metrics/json";
import { loadMetricsReport } from "../reports/metrics/report.server";
import { BYTES_CODEC, cachedResult, TEXT_CODEC } from "../reports/result-cache.server";

export { parseFilterQuery } from "../reports/metrics/filter";
export { UnknownEditionsError } from "../reports/metrics/report.server";

/**
 * The metrics JSON of `filter`, serialised once per data version: every
 * edition of the country is megabytes of JSON, the same for every request
 * until the next import. Its `generated_at` is when it was computed.
 */
export function metricsJsonText(db: Db, filter: EditionFilter): Promise<string> {
  return cachedResult(
    db,
    ["metrics-json", filter],
    async () => JSON.stringify(metricsJson(await loadMetricsReport(db, filter, new Date()))),
    TEXT_CODEC,
  );
}

const gzipAsync = promisify(gzip);

/**
 * The same JSON gzipped, for clients that accept it (browsers, curl
 * --compressed, most HTTP libraries): the whole country is a tenth the
 * bytes, and compressing once per data version costs the server nothing
 * per request.
 */
export function metricsJsonGzip(db: Db, filter: EditionFilter): Promise<Buffer> {
  return cachedResult(
    db,
    ["metrics-json-gzip", filter],
    async () => gzipAsync(await metricsJsonText(db, filter)),
    BYTES_CODEC,
  );
}
