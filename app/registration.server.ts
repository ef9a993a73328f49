// Routes reach the registration room (import/forms) and the e-mail through this module only.

export { dayInNetherlands } from "../core/format";
export { loadConfig } from "../db/config";
export {
  editionRegistrations,
  setRegistrationForced,
} from "../db/queries/registration.server";
export { sendConfirmation } from "../import/forms/mail.server";
export {
  markRegistration,
  register,
  registrationEdition,
  registrationFields,
  registrationOpen,
} from "../import/forms/registration.server";
