import { describe, expect, it } from "vitest";
import { combineRounds, type Round } from "../../bench/rounds";

const MB = 1024 ** 2;

function round(figure: number, baseline: number, peakMb: number): Round {
  return {
    figure: { value: figure, seconds: 1000 / figure, peakBytes: peakMb * MB, note: `${figure}` },
    baseline: { value: baseline, seconds: 1000 / baseline },
  };
}

describe("a case measured in rounds", () => {
  it("reports the figure's median run beside the baseline's best, and the highest peak", () => {
    // rows/s: the baseline's best is its highest; the slow 40 does not flatter the figure.
    const combined = combineRounds({ unit: "rows/s" }, [
      round(70, 40, 230),
      round(60, 90, 250),
      round(80, 85, 220),
    ]);
    expect(combined.figure?.value).toBe(70);
    expect(combined.figure?.seconds).toBeCloseTo(1000 / 70);
    expect(combined.figure?.peakBytes).toBe(250 * MB);
    expect(combined.baseline?.value).toBe(90);
    expect(combined.figure?.note).toBe(
      "70; median of 3 rounds (70, 60, 80) beside the best baseline (40, 90, 85), in the order they ran",
    );
  });

  it("takes the worse of the two middle runs of an even number", () => {
    const rounds = [round(80, 90, 200), round(60, 90, 200), round(70, 90, 200), round(90, 90, 200)];
    expect(combineRounds({ unit: "rows/s" }, rounds).figure?.value).toBe(70);
    expect(combineRounds({ unit: "ms" }, rounds).figure?.value).toBe(80);
  });

  it("has no baseline when no round measured one", () => {
    const rounds = [70, 60, 80].map((value) => ({ ...round(value, 1, 200), baseline: null }));
    const combined = combineRounds({ unit: "rows/s" }, rounds);
    expect(combined.figure?.value).toBe(70);
    expect(combined.baseline).toBeNull();
  });

  it("takes the lowest time as best for a figure in ms", () => {
    const combined = combineRounds({ unit: "ms" }, [
      round(300, 120, 100),
      round(200, 100, 100),
      round(250, 140, 100),
    ]);
    expect(combined.figure?.value).toBe(250);
    expect(combined.baseline?.value).toBe(100);
  });

  it("leaves one round as it is", () => {
    const one = round(70, 40, 230);
    expect(combineRounds({ unit: "rows/s" }, [one])).toBe(one);
  });
});
