// Who may use the product and the one rule for a password: shared by the
// database, the command line and the pages' forms (which also run in the
// browser, so this must not live in a server module).
export const ROLES = ["admin", "municipality", "researcher", "assessor"] as const;
export type Role = (typeof ROLES)[number];

export const MIN_PASSWORD_LENGTH = 10;
