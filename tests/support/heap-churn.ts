// Run as a process of its own by tests/cli/heap-growth.test.ts: streams
// garbage that outlives the young generation, as an export does, beside a
// fixed live set, and prints the largest heap it saw. With `limit` as its
// argument it first applies the product's heap growth factor.
import { limitHeapGrowth } from "../../bin/heap-growth";

if (process.argv[2] === "limit") limitHeapGrowth();

// Some 20 MB that stays live throughout.
const live = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `live ${i}`.repeat(8) }));
// The pipeline: each batch waits while the next 50 are made, long enough to
// survive the scavenges and be promoted, then becomes garbage.
const pipeline: string[][] = [];
let largest = 0;
for (let batch = 0; batch < 2_000; batch++) {
  pipeline.push(Array.from({ length: 2_000 }, (_, i) => `row ${batch} ${i} `.repeat(4)));
  if (pipeline.length > 50) pipeline.shift();
  largest = Math.max(largest, process.memoryUsage().heapUsed);
}
console.log(JSON.stringify({ largestMb: largest / 1e6, live: live.length }));
