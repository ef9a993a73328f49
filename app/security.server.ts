// Routes reach accounts, throttling and the audit log through this module only (see app/db.server.ts).
export { DEMO_ACCOUNTS } from "../db/demo-accounts";
export {
  audit,
  auditTrail,
  clearLoginFailures,
  loginThrottled,
  recordLoginFailure,
} from "../db/queries/security.server";
export {
  AccountError,
  checkCredentials,
  createAccount,
  disableAccount,
  listAccounts,
  setPassword,
} from "../db/queries/users.server";
