// Routes reach the metrics through this module only: Remix leaves `*.server`
// modules of app/ out of the browser bundle, and reports/ and db/ lie
// outside app/ (see app/db.server.ts).
export { parseFilterQuery } from "../reports/metrics/filter";
export { metricsJson } from "../reports/metrics/json";
export { loadMetricsReport, UnknownEditionsError } from "../reports/metrics/report.server";
