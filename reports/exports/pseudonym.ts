// Pseudonyms for research exports: a keyed HMAC-SHA256 of what identifies a
// person in one edition. The same input and key always give the same
// pseudonym, so an applicant keeps it across exports; without the key it
// cannot be reversed, nor recomputed from a guessed applicant id.
import { createHmac, createSecretKey } from "node:crypto";

/** 16 hex digits (64 bits): no collision to expect among millions of applicants. */
const LENGTH = 16;

export interface Pseudonymiser {
  /** `P-` and 16 hex digits, for an applicant of an edition. */
  applicant(editionId: string, applicantId: string): string;
  /** `B-` and 16 hex digits, for an assessor (beoordelaar) within an edition. */
  assessor(editionId: string, assessor: string): string;
}

/**
 * How many of its latest pseudonyms a pseudonymiser remembers. Neighbouring
 * rows often name the same person (an applicant's outcomes, an edition's
 * four or five assessors); looking through a few is far quicker than a hash,
 * and a few keep memory flat however large the export.
 */
const REMEMBERED = 8;

/** `hash`, remembering its latest results. */
function remembering(hash: (message: string) => string): (message: string) => string {
  const recent: { message: string; result: string }[] = [];
  let oldest = 0;
  return (message) => {
    const seen = recent.find((entry) => entry.message === message);
    if (seen) return seen.result;
    const result = hash(message);
    recent[oldest] = { message, result };
    oldest = (oldest + 1) % REMEMBERED;
    return result;
  };
}

export function createPseudonymiser(secret: string): Pseudonymiser {
  // Made once: HMAC with a key object is a tenth quicker than with the text,
  // which is converted anew on every call (some 900,000 in the national export).
  const key = createSecretKey(Buffer.from(secret, "utf8"));
  const hash = (message: string) =>
    createHmac("sha256", key).update(message).digest("hex").slice(0, LENGTH);
  // Each kind remembers its own: an applicant per row does not push out the
  // edition's assessors.
  const applicant = remembering(hash);
  const assessor = remembering(hash);
  // The kind is part of the message, and NUL separates the parts (no id
  // contains one), so no two different inputs ever hash the same text.
  return {
    applicant: (editionId, applicantId) =>
      `P-${applicant(`applicant\u0000${editionId}\u0000${applicantId}`)}`,
    assessor: (editionId, name) => `B-${assessor(`assessor\u0000${editionId}\u0000${name}`)}`,
  };
}
