// Pseudonyms for research exports: a keyed HMAC-SHA256 of what identifies a
// person in one edition. The same input and key always give the same
// pseudonym, so an applicant keeps it across exports; without the key it
// cannot be reversed, nor recomputed from a guessed applicant id.
import { createHmac } from "node:crypto";

/** 16 hex digits (64 bits): no collision to expect among millions of applicants. */
const LENGTH = 16;

export interface Pseudonymiser {
  /** `P-` and 16 hex digits, for an applicant of an edition. */
  applicant(editionId: string, applicantId: string): string;
  /** `B-` and 16 hex digits, for an assessor (beoordelaar) within an edition. */
  assessor(editionId: string, assessor: string): string;
}

export function createPseudonymiser(secret: string): Pseudonymiser {
  // The kind is part of the message, and NUL separates the parts (no id
  // contains one), so no two different inputs ever hash the same text.
  const digest = (kind: string, editionId: string, id: string) =>
    createHmac("sha256", secret)
      .update(`${kind}\u0000${editionId}\u0000${id}`)
      .digest("hex")
      .slice(0, LENGTH);
  return {
    applicant: (editionId, applicantId) => `P-${digest("applicant", editionId, applicantId)}`,
    assessor: (editionId, assessor) => `B-${digest("assessor", editionId, assessor)}`,
  };
}
