// The one list of every table, as Kysely sees it after db/connection's type
// parsers: numeric and bigint arrive as numbers, dates as ISO strings.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { Role } from "../core/accounts";
import type { ActivityKind, ImportMode, Instrument, Referral, Stage } from "../core/contract/enums";
import type { MetricParts } from "../core/metric-parts";

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** Written as a number or a decimal string, read back as a number. */
type Numeric = ColumnType<number, number | string, number | string>;
type NumericWithDefault = ColumnType<number, number | string | undefined, number | string>;
type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface EditionsTable {
  edition_id: string;
  municipality: string;
  year: number;
  name: string;
  themes: WithDefault<string[]>;
  budget_eur: Numeric;
  max_share: NumericWithDefault;
  score_scale_max: WithDefault<number>;
  launched_on: IsoDate | null;
  closed_on: IsoDate | null;
  finale_on: IsoDate | null;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface CriteriaTable {
  edition_id: string;
  criterion: string;
  label: string | null;
  weight: Numeric;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface ApplicantsTable {
  edition_id: string;
  applicant_id: string;
  initiative: string;
  organisation: string | null;
  /** Personal data: never in research exports, public factsheets or logs. */
  entrepreneur: string | null;
  /** Personal data. */
  email: string | null;
  /** Personal data. */
  phone: string | null;
  theme: string | null;
  district: string | null;
  stage: Stage | null;
  returning: WithDefault<boolean>;
  referral: Referral | null;
  registered_on: IsoDate | null;
  intake: WithDefault<boolean>;
  plan_submitted: WithDefault<boolean>;
  /** Chamber of Commerce number, 8 digits: the organisation's registered identifier. */
  kvk_number: string | null;
  /** Free text about the idea: may name people, so never in research exports. */
  idea: string | null;
  /** The start budget in the plan. */
  start_budget_eur: Numeric | null;
  /** The microcredit asked for in the plan. */
  requested_eur: Numeric | null;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface AssessmentsTable {
  edition_id: string;
  applicant_id: string;
  assessor: string;
  comment: string | null;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface AssessmentScoresTable {
  edition_id: string;
  applicant_id: string;
  assessor: string;
  criterion: string;
  score: Numeric;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

/**
 * Derived from assessment_scores, criteria and editions (metrics.md,
 * "Assessment"); rebuilt per edition by db/queries/applicant-scores.server.ts.
 */
export interface ApplicantScoresTable {
  edition_id: string;
  applicant_id: string;
  /** 0..100; null when no score is on a criterion of the edition's rubric. */
  score: Numeric | null;
  assessors: number;
  /** max - min of the assessors' own weighted scores; null with fewer than two. */
  spread: Numeric | null;
  /** Per criterion of the rubric it has scores on: 100 × mean score / score_scale_max. */
  criteria: WithDefault<Record<string, number>>;
}

/**
 * Each edition's metric parts (the additive inputs of the metric catalogue),
 * stored after every write so that metrics over all editions read one row
 * per edition; rebuilt by refreshMetricParts in db/queries/metric-inputs.
 */
export interface EditionMetricPartsTable {
  edition_id: string;
  /** Written as JSON text, read back as the object. */
  parts: ColumnType<MetricParts, string, string>;
}

export interface AwardsTable {
  edition_id: string;
  applicant_id: string;
  start_budget_eur: Numeric;
  microcredit_eur: Numeric;
  own_contribution_eur: NumericWithDefault;
  cofunding_eur: NumericWithDefault;
  awarded_on: IsoDate | null;
  instrument: WithDefault<Instrument>;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface OutcomesTable {
  edition_id: string;
  applicant_id: string;
  months: number;
  active: boolean;
  revenue_eur: Numeric | null;
  jobs_fte: Numeric | null;
  jobs_distance_fte: Numeric | null;
  volunteers: number | null;
  beneficiaries: number | null;
  follow_on_funding_eur: Numeric | null;
  partnerships: number | null;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface SurveysTable {
  edition_id: string;
  respondent_id: string;
  applicant_id: string | null;
  overall: number | null;
  intake_rating: number | null;
  coaching: number | null;
  workshops: number | null;
  network: number | null;
  recommend: number | null;
  quote: string | null;
  quote_consent: WithDefault<boolean>;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface ActivitiesTable {
  edition_id: string;
  activity_id: string;
  kind: ActivityKind;
  title: string | null;
  held_on: IsoDate | null;
  hours: Numeric | null;
  participants: number | null;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface StoriesTable {
  edition_id: string;
  applicant_id: string;
  title: string;
  summary: string;
  quote: string | null;
  published: WithDefault<boolean>;
  /** The import that last wrote this row (null: loaded outside an import). */
  import_id: WithDefault<number | null>;
}

export interface ImportsTable {
  import_id: Generated<number>;
  imported_by: string;
  imported_at: ColumnType<Date, Date | string | undefined, never>;
  file_name: string;
  sha256: string;
  mode: ImportMode;
  edition_ids: WithDefault<string[]>;
  counts: WithDefault<Record<string, unknown>>;
  undone_at: ColumnType<Date | null, never, Date | string | null>;
}

export interface ImportChangesTable {
  import_id: number;
  table_name: string;
  change: "updated" | "deleted";
  /** The row as it was before the import, as JSON. */
  row: Record<string, unknown>;
}

/** Settings of this installation: exactly one row, written by the first export. */
export interface InstallationTable {
  /** Always true: the primary key allows one row only. */
  id: WithDefault<boolean>;
  /** Key of the research pseudonyms when IMPACT_SECRET is not set. */
  pseudonym_secret: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

/**
 * An erased registration, as a keyed fingerprint of its edition and old
 * number only: what an import needs to refuse bringing the person back.
 */
export interface ErasedRegistrationsTable {
  fingerprint: string;
  erased_at: ColumnType<Date, Date | string | undefined, never>;
}

/** A public link to a factsheet: an unguessable token, revocable. */
export interface FactsheetLinksTable {
  token: string;
  edition_id: string;
  language: "nl" | "en";
  compare_edition_id: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  revoked_at: ColumnType<Date | null, never, Date | string | null>;
}

/** Raised by every write to the contract rows: computed figures are as new as it. */
export interface DataVersionTable {
  /** 0 to 63: a write raises one at random; the version is the sum (migration 0019). */
  shard: number;
  version: number;
}

/** Computed figures, filed by the first app process that computed them (reports/result-cache). */
export interface SharedResultsTable {
  /** The result's name: its row scope and key, as JSON. */
  key: string;
  data_version: number;
  /** The result, encoded by its cache's codec (JSON text, text, or bytes). */
  value: Buffer;
}

export interface UsersTable {
  user_id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  /** scrypt with a per-user salt; never leaves db/ (not in logs, exports or sessions). */
  password_hash: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  disabled_at: ColumnType<Date | null, never, Date | string | null>;
  session_version: ColumnType<number, number | undefined, number>;
}

/** A plan of an edition given to an assessor account to score. */
export interface AssessmentAssignmentsTable {
  edition_id: string;
  applicant_id: string;
  user_id: number;
  assigned_at: ColumnType<Date, Date | string | undefined, never>;
  /** When the scores reached `assessments`; null: not (or no longer, after a reopening). */
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** An assessor's unsubmitted scores: never read by a metric. */
export interface AssessmentDraftsTable {
  edition_id: string;
  applicant_id: string;
  user_id: number;
  scores: WithDefault<Record<string, number>>;
  comment: string | null;
  saved_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** An assessor's declared involvement with an initiative: never assigned to it. */
export interface AssessmentConflictsTable {
  edition_id: string;
  applicant_id: string;
  user_id: number;
  declared_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface UserMunicipalitiesTable {
  user_id: number;
  municipality: string;
}

export interface LoginFailuresTable {
  key: string;
  failed_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface AuditLogTable {
  audit_id: Generated<number>;
  at: ColumnType<Date, Date | string | undefined, never>;
  user_id: number | null;
  /** Who did it, as shown: an e-mail address, "demo", "cli:<os user>". */
  actor: string;
  action: string;
  details: WithDefault<Record<string, unknown>>;
}

/** A web upload between its check and the confirmed import (app/uploads.server.ts). */
export interface PendingUploadsTable {
  /** 32 hexadecimal digits, unguessable. */
  token: string;
  /** Only the user who uploaded it may confirm it. */
  user_id: number;
  file_name: string;
  content: Buffer;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  expires_at: ColumnType<Date, Date | string, never>;
}

/** Per edition: an administrator's hand on the registration window, and the form's last number. */
export interface RegistrationSettingsTable {
  edition_id: string;
  /** `open` or `closed` whatever the dates say; null: the dates decide. */
  forced: "open" | "closed" | null;
  last_number: WithDefault<number>;
}

/** One submission of the registration form, for its rate limit: the address only as a keyed hash. */
export interface RegistrationAttemptsTable {
  address_hash: string;
  attempted_at: ColumnType<Date, Date | string | undefined, never>;
}

/** A personal follow-up link: only the token's SHA-256 is kept (migration 0016). */
export interface FollowupLinksTable {
  token_hash: string;
  edition_id: string;
  applicant_id: string;
  /** The follow-up moment: months after the edition's awards. */
  months: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  revoked_at: ColumnType<Date | null, never, Date | string | null>;
}

/** An edition's own follow-up moments, in months after its awards (migration 0016). */
export interface FollowupSettingsTable {
  edition_id: string;
  moments: number[];
}

/** How to write to an applicant: their language, and whether they stopped follow-up e-mail (migration 0018). */
export interface ApplicantContactTable {
  edition_id: string;
  applicant_id: string;
  /** The registration page's language; null: unknown (a file's row), written to in Dutch. */
  language: "nl" | "en" | null;
  opted_out_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A follow-up e-mail the mail server took (migration 0018). */
export interface FollowupMailTable {
  edition_id: string;
  applicant_id: string;
  months: number;
  kind: "invitation" | "reminder";
  sent_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface Database {
  editions: EditionsTable;
  criteria: CriteriaTable;
  applicants: ApplicantsTable;
  assessments: AssessmentsTable;
  assessment_scores: AssessmentScoresTable;
  applicant_scores: ApplicantScoresTable;
  edition_metric_parts: EditionMetricPartsTable;
  awards: AwardsTable;
  outcomes: OutcomesTable;
  surveys: SurveysTable;
  activities: ActivitiesTable;
  stories: StoriesTable;
  imports: ImportsTable;
  import_changes: ImportChangesTable;
  installation: InstallationTable;
  data_version: DataVersionTable;
  shared_results: SharedResultsTable;
  factsheet_links: FactsheetLinksTable;
  users: UsersTable;
  user_municipalities: UserMunicipalitiesTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  pending_uploads: PendingUploadsTable;
  erased_registrations: ErasedRegistrationsTable;
  registration_settings: RegistrationSettingsTable;
  registration_attempts: RegistrationAttemptsTable;
  assessment_assignments: AssessmentAssignmentsTable;
  assessment_drafts: AssessmentDraftsTable;
  assessment_conflicts: AssessmentConflictsTable;
  followup_links: FollowupLinksTable;
  followup_settings: FollowupSettingsTable;
  applicant_contact: ApplicantContactTable;
  followup_mail: FollowupMailTable;
}

export type Edition = Selectable<EditionsTable>;
export type NewEdition = Insertable<EditionsTable>;
export type EditionUpdate = Updateable<EditionsTable>;
export type Criterion = Selectable<CriteriaTable>;
export type NewCriterion = Insertable<CriteriaTable>;
export type Applicant = Selectable<ApplicantsTable>;
export type NewApplicant = Insertable<ApplicantsTable>;
export type Assessment = Selectable<AssessmentsTable>;
export type NewAssessment = Insertable<AssessmentsTable>;
export type AssessmentScore = Selectable<AssessmentScoresTable>;
export type NewAssessmentScore = Insertable<AssessmentScoresTable>;
export type Award = Selectable<AwardsTable>;
export type NewAward = Insertable<AwardsTable>;
export type Outcome = Selectable<OutcomesTable>;
export type NewOutcome = Insertable<OutcomesTable>;
export type Survey = Selectable<SurveysTable>;
export type NewSurvey = Insertable<SurveysTable>;
export type Activity = Selectable<ActivitiesTable>;
export type NewActivity = Insertable<ActivitiesTable>;
export type Story = Selectable<StoriesTable>;
export type NewStory = Insertable<StoriesTable>;
export type ImportRecord = Selectable<ImportsTable>;
export type NewImportRecord = Insertable<ImportsTable>;
