// The import page's form fields, checked on the server. A module of its own:
// the schemas are built from the dataset contract when the module loads, and
// a route module's top level also runs in the browser, where the server
// modules it imports are empty (the page then failed to start: see #10).
import { z } from "zod";
import { DATASETS } from "./import.server";

const modeSchema = z.enum(["upsert", "replace"]);
const datasetSchema = z
  .enum(DATASETS.map((d) => d.key) as [string, ...string[]])
  .optional()
  .or(z.literal("").transform(() => undefined));

export const checkSchema = z.object({ modus: modeSchema, dataset: datasetSchema });
export const confirmSchema = z.object({
  token: z.string(),
  naam: z.string().min(1).max(255),
  modus: modeSchema,
  dataset: datasetSchema,
});
export const undoSchema = z.object({ import: z.coerce.number().int().positive() });
