// Routes reach the privacy room (erasure, access requests, retention) through this module only.
export { loadConfig } from "../db/config";
export { eraseRegistration, registrationRecord } from "../db/queries/privacy.server";
export { accessRequestJson } from "../reports/privacy/access.server";
export { recordOfProcessing } from "../reports/privacy/record";
