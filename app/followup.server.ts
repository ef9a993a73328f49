// Routes reach the follow-up links, opt-out and response (db/queries) and form (import/forms) through this module only.
export { followupLink } from "../db/queries/followup-links.server";
export { optOut } from "../db/queries/followup-mail.server";
export { followupResponse } from "../db/queries/followup-response.server";
export { followupFields, submitFollowup } from "../import/forms/followup.server";
