// Chart specifications: (rows, options) -> Plot options. A chart never
// fetches and never computes a metric; it draws what it is given.
import * as Plot from "@observablehq/plot";

// Blues of clearly different lightness: told apart by people with any kind
// of colour blindness and in grayscale print (light to dark = first to last).
export const SERIES_COLOURS = ["#9ecae1", "#4292c6", "#08519c", "#08306b", "#6baed6"];
const INK = "#1a1a1a";
const MARGINS = { marginLeft: 70, marginBottom: 40 } as const;

/**
 * Chart text in CSS pixels. A wide chart (720 px) is shown from 48em up, at
 * its own size; below that the page shows the narrow drawing (NARROW_WIDTH
 * px, the content width at 320 px), so text is never scaled under 12 px.
 */
const WIDE = { width: 720, style: { fontSize: "14px" } } as const;
export const NARROW_WIDTH = 288;
const NARROW = { width: NARROW_WIDTH, style: { fontSize: "13px" } } as const;

/** A chart spec with, where it is drawn differently for a phone, its narrow drawing. */
export type ChartSpec = Plot.PlotOptions & { narrow?: Plot.PlotOptions };

/**
 * Horizontal bars for a phone: each category's name on its own line above
 * its bar, so long names never collide or get cut to a few pixels of margin.
 */
function narrowBars(
  rows: readonly { category: string; value: number; series?: string }[],
  o: {
    valueLabel: string;
    tickFormat?: (value: number) => string;
    domain?: string[];
    colour?: (row: { series?: string }) => string;
  },
): Plot.PlotOptions {
  const step = 46;
  return {
    ...NARROW,
    marginLeft: 8,
    marginRight: 64,
    marginTop: 24,
    marginBottom: 40,
    height: 64 + rows.length * step,
    x: { label: o.valueLabel, grid: true, tickFormat: o.tickFormat, ticks: 3 },
    y: { axis: null, domain: o.domain ?? rows.map((r) => r.category), padding: 0 },
    marks: [
      Plot.barX(rows, {
        x: "value",
        y: "category",
        fill: o.colour ?? SERIES_COLOURS[1],
        stroke: INK,
        strokeWidth: 0.5,
        insetTop: 20,
        insetBottom: 4,
      }),
      Plot.text(rows, {
        x: 0,
        y: "category",
        text: "category",
        textAnchor: "start",
        lineAnchor: "bottom",
        dy: -4,
        fill: INK,
        lineWidth: 20,
        textOverflow: "ellipsis",
      }),
      Plot.text(rows, {
        x: "value",
        y: "category",
        text: (r) => (o.tickFormat ?? String)(r.value),
        dx: 4,
        dy: 10,
        textAnchor: "start",
        fill: INK,
      }),
      Plot.ruleX([0], { stroke: INK }),
    ],
  };
}

export interface SeriesRow {
  /** The category on the axis: a year, a funnel stage, a theme. */
  category: string;
  series: string;
  value: number | null;
}

export interface SeriesOptions {
  categoryLabel: string;
  valueLabel: string;
  /** The order of the series, which also fixes their colours. */
  series: readonly string[];
  /** Formats the value axis (euros, percentages). */
  tickFormat?: (value: number) => string;
}

/** Grouped bars: for each category (a year) one bar per series. */
export function groupedBars(rows: readonly SeriesRow[], o: SeriesOptions): ChartSpec {
  const drawn = rows.filter((r) => r.value !== null);
  const colour = (series: string) => SERIES_COLOURS[o.series.indexOf(series)] ?? INK;
  // on a phone: one horizontal bar per series, the categories (years) under each other
  const narrowRows = drawn.map((r) => ({
    category: `${r.category} · ${r.series}`,
    series: r.series,
    value: r.value as number,
  }));
  return {
    ...MARGINS,
    ...WIDE,
    height: 320,
    fx: { label: o.categoryLabel },
    x: { axis: null, domain: [...o.series] },
    y: { label: o.valueLabel, grid: true, tickFormat: o.tickFormat },
    // The legend is drawn by the page (seriesLegend): Plot would wrap the SVG in a <figure>.
    color: { domain: [...o.series], range: SERIES_COLOURS.slice(0, o.series.length) },
    marks: [
      Plot.barY(drawn, {
        fx: "category",
        x: "series",
        y: "value",
        fill: "series",
        stroke: INK,
        strokeWidth: 0.5,
      }),
      Plot.ruleY([0], { stroke: INK }),
    ],
    narrow: narrowBars(narrowRows, {
      valueLabel: o.valueLabel,
      tickFormat: o.tickFormat,
      colour: (r) => colour(r.series ?? ""),
    }),
  };
}

/** Horizontal bars, one per category, largest first when `sort` is set. */
export function horizontalBars(
  rows: readonly { category: string; value: number }[],
  o: { valueLabel: string; sort?: boolean; tickFormat?: (value: number) => string },
): ChartSpec {
  const order = o.sort ? [...rows].sort((a, b) => b.value - a.value) : rows;
  return {
    marginLeft: 230,
    marginRight: 80,
    ...WIDE,
    height: 40 + rows.length * 28,
    x: { label: o.valueLabel, grid: true, tickFormat: o.tickFormat },
    y: { label: null, domain: o.sort ? undefined : rows.map((r) => r.category) },
    marks: [
      Plot.barX(rows, {
        x: "value",
        y: "category",
        fill: SERIES_COLOURS[1],
        sort: o.sort ? { y: "-x" } : undefined,
      }),
      Plot.text(rows, {
        x: "value",
        y: "category",
        text: (r) => (o.tickFormat ?? String)(r.value),
        dx: 4,
        textAnchor: "start",
        fill: INK,
      }),
      Plot.ruleX([0], { stroke: INK }),
    ],
    narrow: narrowBars(order, { valueLabel: o.valueLabel, tickFormat: o.tickFormat }),
  };
}

export interface IntervalRow {
  category: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** A rate per category with its confidence interval as a line through it. */
export function pointsWithIntervals(
  rows: readonly IntervalRow[],
  o: { categoryLabel: string; valueLabel: string; tickFormat?: (value: number) => string },
): ChartSpec {
  const drawn = rows.filter((r) => r.value !== null);
  return {
    ...MARGINS,
    ...WIDE,
    height: 300,
    x: { label: o.categoryLabel, type: "band", domain: rows.map((r) => r.category) },
    y: { label: o.valueLabel, domain: [0, 1], grid: true, tickFormat: o.tickFormat },
    marks: [
      Plot.ruleX(drawn, {
        x: "category",
        y1: "low",
        y2: "high",
        stroke: SERIES_COLOURS[2],
        strokeWidth: 3,
      }),
      Plot.dot(drawn, { x: "category", y: "value", fill: SERIES_COLOURS[3], r: 5 }),
    ],
    // on a phone the categories run down, each with its own row, and the rate across
    narrow: {
      ...NARROW,
      marginLeft: 56,
      marginRight: 16,
      marginBottom: 40,
      height: 60 + rows.length * 30,
      y: { label: null, type: "band", domain: rows.map((r) => r.category) },
      x: { label: o.valueLabel, domain: [0, 1], grid: true, tickFormat: o.tickFormat, ticks: 3 },
      marks: [
        Plot.ruleY(drawn, {
          y: "category",
          x1: "low",
          x2: "high",
          stroke: SERIES_COLOURS[2],
          strokeWidth: 3,
        }),
        Plot.dot(drawn, { y: "category", x: "value", fill: SERIES_COLOURS[3], r: 5 }),
      ],
    },
  };
}

/** Each award's public share of its start budget, against the edition's maximum. */
export function sharesAgainstMaximum(
  shares: readonly number[],
  o: { maximum: number; valueLabel: string; tickFormat?: (value: number) => string },
): ChartSpec {
  const marks = (r: number) => [
    Plot.dot(
      shares,
      Plot.dodgeY({
        x: (d: number) => d,
        fill: SERIES_COLOURS[1],
        stroke: INK,
        strokeWidth: 0.5,
        r,
      }),
    ),
    Plot.ruleX([o.maximum], { stroke: INK, strokeWidth: 2, strokeDasharray: "4,3" }),
  ];
  const x = { label: o.valueLabel, domain: [0, 1], tickFormat: o.tickFormat, grid: true };
  return {
    ...MARGINS,
    ...WIDE,
    height: 140,
    x,
    marks: marks(5),
    narrow: {
      ...NARROW,
      marginLeft: 24,
      marginRight: 24,
      marginBottom: 40,
      height: 180,
      x: { ...x, ticks: 3 },
      marks: marks(4),
    },
  };
}

/** The legend of a series chart, drawn by the page next to the SVG. */
export function seriesLegend(series: readonly string[]): { label: string; colour: string }[] {
  return series.map((label, i) => ({ label, colour: SERIES_COLOURS[i] as string }));
}

export interface DiscontinuityRows {
  /** Binned shares, x = score relative to the line, n = members in the bin. */
  bins: readonly { side: string; r: number; survival: number; n: number }[];
  /** The fitted line on each side (two points per side); empty: none drawn. */
  lines: readonly { side: string; r: number; survival: number }[];
}

/**
 * The budget line as a discontinuity: binned shares as dots (larger where a
 * bin holds more applicants), the fitted line on each side, and the line at 0.
 */
export function discontinuityChart(
  rows: DiscontinuityRows,
  o: { bandwidth: number; xLabel: string; yLabel: string; tickFormat?: (value: number) => string },
): ChartSpec {
  const x = { label: o.xLabel, domain: [-o.bandwidth, o.bandwidth], grid: true };
  const y = { label: o.yLabel, domain: [0, 1], grid: true, tickFormat: o.tickFormat };
  const marks = [
    Plot.ruleX([0], { stroke: INK, strokeWidth: 2, strokeDasharray: "4,3" }),
    Plot.line(rows.lines, {
      x: "r",
      y: "survival",
      z: "side",
      stroke: SERIES_COLOURS[3],
      strokeWidth: 2.5,
    }),
    Plot.dot(rows.bins, {
      x: "r",
      y: "survival",
      r: "n",
      fill: SERIES_COLOURS[1],
      stroke: INK,
      strokeWidth: 0.5,
    }),
  ];
  return {
    ...MARGINS,
    ...WIDE,
    height: 320,
    x,
    y,
    r: { range: [3, 9] },
    marks,
    // on a phone the same drawing at the phone's width, with fewer ticks
    narrow: {
      ...NARROW,
      marginLeft: 48,
      marginRight: 16,
      marginBottom: 40,
      height: 260,
      x: { ...x, ticks: 4 },
      y: { ...y, ticks: 4 },
      r: { range: [2, 6] },
      marks,
    },
  };
}
