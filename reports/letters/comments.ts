// The assessors' comments as a letter shows them: "Beoordelaar 1, 2, 3".

export interface NumberedComment {
  /** 1, 2, 3 …: the place of the comment in the letter, not a person. */
  number: number;
  text: string;
}

/**
 * Numbers a plan's comments in the order of their text. The input holds no
 * names, and the order comes from the comments alone, so a number tells the
 * reader nothing about who wrote it (numbering by name would leak the
 * alphabet, by submission the order of work); the same comments always get
 * the same numbers. Empty comments are left out.
 */
export function numberComments(comments: readonly string[]): NumberedComment[] {
  return comments
    .map((comment) => comment.trim())
    .filter((text) => text !== "")
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((text, i) => ({ number: i + 1, text }));
}
