// The geometry of a horizontal stacked bar chart, computed with d3-scale and d3-shape where the
// data is loaded (a page's server load), so the page ships numbers, not d3. Svelte renders it as
// SVG with attributes and classes only: the Content-Security-Policy allows no inline styles
// (docs/decisions/0012-charts-as-svelte-svg.md).
//
// Horizontal positions are percentages of the chart's width and vertical ones are pixels: the
// chart fills any width while its text keeps its size, where a scaled viewBox would shrink the
// labels to unreadable at 320 px.
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';

export interface StackedBarInput<Series extends string> {
  /** The parts of each bar, in stacking order, with their names for the legend. */
  series: readonly { key: Series; label: string }[];
  /** One bar each, top to bottom; `label` is wrapped to fit narrow screens. */
  bars: readonly { id: string; label: string; values: Record<Series, number> }[];
  /** Formats a value for the axis and the totals. */
  format: (value: number) => string;
}

export interface StackedBarChart<Series extends string> {
  /** Pixels. */
  height: number;
  legend: { key: Series; label: string; y: number }[];
  bars: {
    id: string;
    labelLines: { text: string; y: number }[];
    y: number;
    segments: { key: Series; x: number; width: number; value: number }[];
    total: string;
    totalX: number;
  }[];
  ticks: { x: number; label: string }[];
  /** Where the plot area ends and the tick labels begin. */
  axisY: number;
  barHeight: number;
}

/** Layout in pixels; the component's CSS sets the matching font sizes. */
export const layout = {
  lineHeight: 16,
  legendLine: 20,
  barHeight: 18,
  labelGap: 4,
  rowGap: 14,
  axisHeight: 20,
  /** Characters per label line: fits the 288 px a 320 px screen leaves, at 14 px. */
  maxLabelChars: 32,
  /** Room on the right (percent) for the total after the longest bar. */
  totalRoom: 12,
} as const;

export function stackedBarChart<Series extends string>(
  input: StackedBarInput<Series>,
): StackedBarChart<Series> {
  const keys = input.series.map((series) => series.key);
  const stacked = stack<{ values: Record<Series, number> }, Series>()
    .keys(keys)
    .value((bar, key) => bar.values[key])([...input.bars]);
  const max = Math.max(1, ...input.bars.map((bar) => total(bar.values, keys)));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([0, 100 - layout.totalRoom]);

  // The legend, one series a line: side by side they would not fit 320 px in every language.
  const legend = input.series.map((series, index) => ({
    ...series,
    y: (index + 1) * layout.legendLine - 6,
  }));
  let y = input.series.length * layout.legendLine + layout.rowGap;
  const bars = input.bars.map((bar, index) => {
    const lines = wrapLabel(bar.label, layout.maxLabelChars);
    const labelLines = lines.map((text, line) => ({
      text,
      y: y + (line + 1) * layout.lineHeight - 4,
    }));
    const barY = y + lines.length * layout.lineHeight + layout.labelGap;
    y = barY + layout.barHeight + layout.rowGap;
    const sum = total(bar.values, keys);
    return {
      id: bar.id,
      labelLines,
      y: barY,
      segments: stacked.map((series) => {
        const [from, to] = series[index]!;
        return {
          key: series.key,
          x: round(x(from)),
          width: round(x(to) - x(from)),
          value: to - from,
        };
      }),
      total: input.format(sum),
      totalX: round(x(sum)),
    };
  });

  const ticks = x
    .ticks(Math.min(5, x.domain()[1]!))
    .filter(Number.isInteger)
    .map((value) => ({ x: round(x(value)), label: input.format(value) }));
  return {
    height: y + layout.axisHeight,
    legend,
    bars,
    ticks,
    axisY: y - layout.rowGap / 2,
    barHeight: layout.barHeight,
  };
}

function total<Series extends string>(values: Record<Series, number>, keys: Series[]): number {
  return keys.reduce((sum, key) => sum + values[key], 0);
}

/** Greedy word wrap; a word longer than a line gets a line of its own. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.length > 0 ? lines : [''];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
