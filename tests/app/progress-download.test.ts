// The sizes and file names the download status shows.
import { describe, expect, it } from "vitest";
import { downloadName, formatSize, readCounting } from "~/components/progress-download";

describe("download status", () => {
  it("counts what arrived in kB below a megabyte and in MB with one decimal above", () => {
    expect(formatSize(0, "nl")).toBe("0 kB");
    expect(formatSize(1, "nl")).toBe("1 kB"); // a started kilobyte counts
    expect(formatSize(524_288, "nl")).toBe("512 kB"); // 512 × 1024
    expect(formatSize(2_516_582, "nl")).toBe("2,4 MB"); // 2.4 × 1024 × 1024
    expect(formatSize(2_516_582, "en")).toBe("2.4 MB");
    expect(formatSize(12 * 1024 * 1024, "nl")).toBe("12 MB");
  });

  it("names the file as the server did, else after the URL", () => {
    expect(
      downloadName('attachment; filename="onderzoek-2026-11-27.xlsx"', "/export/onderzoek.xlsx"),
    ).toBe("onderzoek-2026-11-27.xlsx");
    expect(downloadName(null, "/export/onderzoek.xlsx?municipality=Groningen")).toBe(
      "onderzoek.xlsx",
    );
  });

  it("counts the bytes of a stream, telling at most once a second", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const size of [1000, 2000, 3000]) controller.enqueue(new Uint8Array(size));
        controller.close();
      },
    });
    // the clock at the start, then after each chunk (twice when it reports)
    const clock = [0, 500, 1200, 1200, 1300];
    const told: number[] = [];
    const { chunks, received } = await readCounting(
      body,
      (bytes) => told.push(bytes),
      1000,
      () => clock.shift() ?? Number.NaN,
    );
    expect(received).toBe(6000);
    expect(chunks.map((c) => c.byteLength)).toEqual([1000, 2000, 3000]);
    expect(told).toEqual([3000]); // 1000 + 2000, at 1200 ms; the last at 1300 is too soon
  });
});
