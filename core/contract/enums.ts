// The contract's closed lists of values (shared/spec/data.md): what a stage,
// referral, instrument or activity may be, and how an import writes.
export const STAGES = ["idea", "startup", "growth"] as const;
export const REFERRALS = [
  "campaign",
  "word_of_mouth",
  "former_participant",
  "social_media",
  "municipality",
  "press",
  "other",
] as const;
export const INSTRUMENTS = ["prize", "grant", "loan", "equity", "other"] as const;
export const ACTIVITY_KINDS = ["workshop", "coaching", "network", "masterclass", "other"] as const;
/** `form`: one submission of a form (import/forms), written through the import's rules. */
export const IMPORT_MODES = ["upsert", "replace", "seed", "form"] as const;

export type Stage = (typeof STAGES)[number];
export type Referral = (typeof REFERRALS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type ImportMode = (typeof IMPORT_MODES)[number];
