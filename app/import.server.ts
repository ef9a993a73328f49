// Routes reach the import pipeline through this module only (see app/db.server.ts).
export { loadConfig } from "../db/config";
export { DATASETS } from "../db/contract/datasets";
export { importFile, MAX_REPORTED_ERRORS } from "../db/import/run.server";
export { listImports, undoImport } from "../db/import/undo.server";
export { buildTemplate } from "../reports/template";
