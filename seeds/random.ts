// A small seeded random source, so that demo and benchmark data are the same
// on every machine and every run. Only integer and basic float arithmetic is
// used (no Math.random, no transcendental functions whose last bit may differ
// between platforms).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key, chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Roughly normal: bounded to about mean ± 4.2 sd, never an extreme outlier. */
  normal(mean: number, sd: number): number;
  /**
   * An independent stream derived from this source's seed and a label, not
   * from its current state: adding draws to one part of a generator then
   * leaves every other part unchanged.
   */
  fork(label: string): Random;
}

/** FNV-1a: a stable 32-bit hash of a text, to derive seeds from labels. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast, and good enough for plausible fake data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick: empty list");
      return item;
    },
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let rest = next() * total;
      for (const [key, weight] of entries) {
        rest -= weight;
        if (rest < 0) return key;
      }
      const last = entries[entries.length - 1];
      if (last === undefined) throw new Error("weighted: no keys");
      return last[0];
    },
    shuffle: (items) => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const swap = copy[i] as (typeof copy)[number];
        copy[i] = copy[j] as (typeof copy)[number];
        copy[j] = swap;
      }
      return copy;
    },
    // Irwin–Hall: the sum of 6 uniforms has variance 1/2; rescaled to sd 1.
    normal: (mean, sd) => {
      let sum = 0;
      for (let i = 0; i < 6; i++) sum += next();
      return mean + ((sum - 3) / Math.SQRT1_2) * sd;
    },
    fork: (label) => createRandom(hashSeed(`${seed >>> 0}/${label}`)),
  };
  return random;
}
