// The record of processing is generated from the contract: docs/privacy.md
// is exactly what `impact privacy record --lang en` writes, every column the
// contract marks personal is in it, and the erasure empties each of them.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS } from "../../core/contract/datasets";
import { DEFAULT_RETENTION_YEARS } from "../../db/config";
import { ERASED_COLUMNS } from "../../db/queries/privacy.server";
import { recordMarkdown, recordOfProcessing } from "../../reports/privacy/record";

const root = path.resolve(import.meta.dirname, "../..");

describe("the record of processing", () => {
  it("is docs/privacy.md word for word (regenerate: impact privacy record --lang en --out docs/privacy.md)", async () => {
    const doc = await readFile(path.join(root, "docs/privacy.md"), "utf8");
    const generated = recordMarkdown(
      recordOfProcessing("en", { retentionYears: DEFAULT_RETENTION_YEARS }),
      "en",
    );
    expect(doc).toBe(generated);
  });

  it("names every column the contract marks personal, and the erasure empties each", () => {
    const record = recordOfProcessing("nl", { retentionYears: 7 });
    const personal = DATASETS.flatMap((d) =>
      d.columns.filter((c) => c.personal).map((c) => `${d.key}.${c.key}`),
    );
    expect(personal.length).toBeGreaterThan(0);
    const stored = record.entries.map((e) => e.stored);
    for (const column of personal) {
      expect(stored, column).toContain(column);
      const [table, key] = column.split(".") as [string, string];
      expect(ERASED_COLUMNS[table as keyof typeof ERASED_COLUMNS] ?? [], column).toContain(key);
    }
    expect(record.entries.every((e) => e.retention.length > 0 && e.seenBy.length > 0)).toBe(true);
  });
});
