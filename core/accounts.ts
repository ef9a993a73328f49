// Who may use the product and the one rule for a password: shared by the
// database, the command line and the pages' forms (which also run in the
// browser, so this must not live in a server module).
export const ROLES = ["admin", "municipality", "researcher", "assessor"] as const;
export type Role = (typeof ROLES)[number];

/**
 * The roles that read the dashboards, exports and definitions of their
 * scope. An assessor is not one of them: they see only the plans assigned
 * to them (decision 027), so a route that names no roles refuses them.
 */
export const READER_ROLES: readonly Role[] = ["admin", "municipality", "researcher"];

export const MIN_PASSWORD_LENGTH = 10;
