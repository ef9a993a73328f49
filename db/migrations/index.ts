// Every migration, in order. Listed statically (not read from the folder) so
// the same list works from the command line, the tests and the bundled server.
import type { Migration } from "kysely/migration";
import * as contractSchema from "./0001_contract_schema";
import * as importHistory from "./0002_import_history";

export const migrations: Record<string, Migration> = {
  "0001_contract_schema": contractSchema,
  "0002_import_history": importHistory,
};
