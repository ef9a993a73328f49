// Every migration, in order. Listed statically (not read from the folder) so
// the same list works from the command line, the tests and the bundled server.
import type { Migration } from "kysely/migration";
import * as contractSchema from "./0001_contract_schema";
import * as importHistory from "./0002_import_history";
import * as applicantScores from "./0003_applicant_scores";
import * as installationSecret from "./0004_installation_secret";
import * as factsheetLinks from "./0005_factsheet_links";
import * as accounts from "./0006_accounts";
import * as dataVersion from "./0007_data_version";
import * as rowLevelSecurity from "./0008_row_level_security";
import * as sharedResults from "./0009_shared_results";
import * as applicantKvkNumber from "./0010_applicant_kvk_number";
import * as pendingUploads from "./0011_pending_uploads";
import * as applicantPlan from "./0012_applicant_plan";
import * as erasedRegistrations from "./0013_erased_registrations";
import * as registration from "./0014_registration";
import * as assessmentWorkspace from "./0015_assessment_workspace";
import * as followupLinks from "./0016_followup_links";
import * as applicantCriterionScores from "./0017_applicant_criterion_scores";
import * as followupMail from "./0018_followup_mail";
import * as dataVersionShards from "./0019_data_version_shards";

export const migrations: Record<string, Migration> = {
  "0001_contract_schema": contractSchema,
  "0002_import_history": importHistory,
  "0003_applicant_scores": applicantScores,
  "0004_installation_secret": installationSecret,
  "0005_factsheet_links": factsheetLinks,
  "0006_accounts": accounts,
  "0007_data_version": dataVersion,
  "0008_row_level_security": rowLevelSecurity,
  "0009_shared_results": sharedResults,
  "0010_applicant_kvk_number": applicantKvkNumber,
  "0011_pending_uploads": pendingUploads,
  "0012_applicant_plan": applicantPlan,
  "0013_erased_registrations": erasedRegistrations,
  "0014_registration": registration,
  "0015_assessment_workspace": assessmentWorkspace,
  "0016_followup_links": followupLinks,
  "0017_applicant_criterion_scores": applicantCriterionScores,
  "0018_followup_mail": followupMail,
  "0019_data_version_shards": dataVersionShards,
};
