// A case measured in several rounds (Case.rounds), reported as one.
import type { Case, Measured } from "./types";

/** One round: the figure, then its baseline, each in a process of its own. */
export interface Round {
  figure: Measured | null;
  baseline: Measured | null;
}

/**
 * Several rounds as one: the figure's median run, with the highest peak
 * memory of all (the memory target holds for every run), beside the
 * baseline's best run. A baseline slowed by the machine would flatter the
 * figure; a figure slowed by it counts as it comes.
 */
export function combineRounds(testCase: Pick<Case, "unit">, rounds: readonly Round[]): Round {
  const [only] = rounds;
  if (rounds.length === 1 && only) return only;
  const figures = rounds.flatMap((round) => (round.figure ? [round.figure] : []));
  const baselines = rounds.flatMap((round) => (round.baseline ? [round.baseline] : []));
  // From the best run to the worst: rows/s high first, ms low first.
  const bestFirst = (runs: readonly Measured[]) =>
    [...runs].sort((a, b) => (testCase.unit === "ms" ? a.value - b.value : b.value - a.value));
  // Of two middle runs (an even number of rounds), the worse.
  const figure = bestFirst(figures)[Math.floor(figures.length / 2)];
  if (!figure) return { figure: null, baseline: null };
  // In the order they ran: a slow first round shows.
  const values = (runs: readonly Measured[]) => runs.map((m) => m.value.toFixed(0)).join(", ");
  return {
    figure: {
      ...figure,
      peakBytes: Math.max(...figures.map((m) => m.peakBytes ?? 0)),
      note: [
        figure.note,
        `median of ${figures.length} rounds (${values(figures)}) beside the best baseline (${values(baselines)}), in the order they ran`,
      ]
        .filter(Boolean)
        .join("; "),
    },
    baseline: bestFirst(baselines)[0] ?? null,
  };
}
