// Routes reach the import pipeline through this module only (see app/db.server.ts).

export { DATASETS } from "../core/contract/datasets";
export { loadConfig } from "../db/config";
export { importFile, MAX_REPORTED_ERRORS } from "../import/run.server";
export { buildTemplate } from "../import/template";
export { listImports, undoImport } from "../import/undo.server";
