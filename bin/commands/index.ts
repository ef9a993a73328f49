import type { Command } from "../cli";
import { assessmentCommand } from "./assessment";
import { migrateCommand, resetCommand, seedCommand } from "./database";
import { evaluateCommand } from "./evaluate";
import { exportCommand } from "./export";
import { factsheetCommand } from "./factsheet";
import { followupCommand } from "./followup";
import { importCommand, importsCommand, templateCommand } from "./import";
import { metricsCommand } from "./metrics";
import { privacyCommand } from "./privacy";
import { serveCommand } from "./serve";
import { usersCommand } from "./users";

/** Every command of `impact`, in the order its help lists them. */
export const commands: readonly Command[] = [
  migrateCommand,
  seedCommand,
  resetCommand,
  serveCommand,
  importCommand,
  importsCommand,
  templateCommand,
  metricsCommand,
  evaluateCommand,
  assessmentCommand,
  exportCommand,
  factsheetCommand,
  followupCommand,
  usersCommand,
  privacyCommand,
];
