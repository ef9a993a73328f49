// The registration form's own field names, beside the contract's column keys
// (which no column has): shared by the page in the browser and the server
// (decision 017: browser code takes no `.server` value).
export const CONSENT_FIELD = "toestemming";
export const HONEYPOT_FIELD = "website";
