// How far V8 lets the heap grow past what is live before it collects: a
// factor of 2, as Go's default GOGC=100, instead of V8's own up to 4.
//
// The product's long jobs (an export, an import, a page of figures) stream:
// what is live stays some 50 MB, but their garbage outlives the young
// generation while it waits in the pipeline (a page read ahead, XML waiting
// for the compressor), and with V8's factor the heap grew to four times the
// live set before each full collection. The research workbook of the whole
// country peaked at 335 MB of memory with V8's factor and at 236 MB with 2,
// in the same time: a full collection of a small live set takes a few ms.
// Decision 013.
import v8 from "node:v8";

/** Heap growth after a full collection, in percent of the live set. */
export const HEAP_GROWING_PERCENT = 100;

/** Applies the factor to this process; its later collections follow it. */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
