// Routes reach the follow-up links (db/queries) and form (import/forms) through this module only.
export { followupLink } from "../db/queries/followup-links.server";
export { followupFields, submitFollowup } from "../import/forms/followup.server";
