import type { problemNl } from "../nl/problem";

export const problemEn: Record<keyof typeof problemNl, string> = {
  "problem.account.needsMunicipality": "A municipality user needs at least one municipality.",
  "problem.account.exists": "There is already an account for {email}.",
  "problem.snapshotsBusy": "Many exports are running; try again in a minute.",
  "problem.migration": "Migration {name} failed: {reason}",
  "problem.migrationsNotStarted":
    "The database could not be brought up to date; nothing changed: {reason}",
  "problem.config": "The configuration is wrong. Change these environment variables:\n{lines}",
  "problem.config.number": "must be {what}",
  "problem.config.integer": "must be {what} (a whole number)",
  "problem.config.positive": "must be {what} greater than 0",
  "problem.config.processes": "a number of processes",
  "problem.config.megabytes": "a number of megabytes",
  "problem.config.rows": "a number of rows",
  "problem.config.years": "a number of years",
  "problem.config.databaseUrl":
    "must be a PostgreSQL address, such as postgres://user@localhost:5432/impact (or leave it out for the embedded database)",
  "problem.config.port": "must be a port number",
  "problem.config.portWhole": "must be a whole port number",
  "problem.config.portRange": "must be between 1 and 65535",
  "problem.config.zeroOrOne": "must be 0 or 1",
  "problem.config.secret":
    "must be at least 32 characters long, such as the output of `openssl rand -hex 32`",
  "problem.config.grantPrefix":
    "must start with 360G- followed by letters, digits and hyphens, such as 360G-socimpact",
  "problem.config.funders":
    "must give per municipality its CBS code and optionally its KvK number, separated by ;, such as Groningen=GM0014:01234567;Zwolle=GM0193",
  "problem.config.smtpUrl":
    "must be an address starting with smtp:// or smtps://, such as smtps://user:password@mail.example.org:465",
  "problem.config.smtpFrom":
    "must be an e-mail address, such as register@example.org or SOC Challenge <register@example.org>",
  "problem.config.smtpFromMissing": "is needed with SMTP_URL: the sender address of the e-mail",
  "problem.config.dataSource": "must be a web address starting with https:// or http://",
  "problem.config.workersEmbedded":
    "can only be 1 with the embedded database (which runs in one process); use DATABASE_URL for more.",
};
