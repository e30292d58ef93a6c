// The geometry of a heatmap (rows × columns of values 0–1), computed where the data is loaded so
// the page ships numbers, not d3. Horizontal positions are percentages of the chart's width and
// vertical ones pixels, as in stacked-bars.ts; colours are SVG `fill` attributes, never styles
// (the Content-Security-Policy refuses them).
import { scaleLinear } from 'd3-scale';

export interface HeatmapInput {
  rows: readonly { id: string; label: string }[];
  columns: readonly { id: string; label: string }[];
  /** rows × columns, 0–1. */
  values: readonly (readonly number[])[];
  /** Formats a value for a cell. */
  format: (value: number) => string;
}

export interface Heatmap {
  height: number;
  /** Where the cells begin, in percent of the width (the row labels take the rest). */
  labelWidth: number;
  columns: { id: string; number: number; x: number; width: number }[];
  rows: {
    id: string;
    label: string;
    y: number;
    cells: { columnId: string; x: number; fill: string; dark: boolean; text: string }[];
  }[];
  cellHeight: number;
  /** Whether the cells are wide enough to print their values. */
  showValues: boolean;
}

export const heatmapLayout = { header: 24, cellHeight: 28, rowGap: 2, labelWidth: 28 } as const;

/** Light to dark blue; the darkest is 10:1 against white text. */
const colour = scaleLinear<string>().domain([0, 1]).range(['#eef3fb', '#0b3d91']);

export function heatmap(input: HeatmapInput): Heatmap {
  const { header, cellHeight, rowGap, labelWidth } = heatmapLayout;
  const width = (100 - labelWidth) / Math.max(1, input.columns.length);
  const columns = input.columns.map((column, index) => ({
    id: column.id,
    number: index + 1,
    x: round(labelWidth + index * width),
    width: round(width),
  }));
  const rows = input.rows.map((row, rowIndex) => ({
    id: row.id,
    label: row.label,
    y: header + rowIndex * (cellHeight + rowGap),
    cells: columns.map((column, columnIndex) => {
      const value = input.values[rowIndex]?.[columnIndex] ?? 0;
      return {
        columnId: column.id,
        x: column.x,
        fill: colour(Math.min(1, Math.max(0, value))),
        dark: value >= 0.5,
        text: input.format(value),
      };
    }),
  }));
  return {
    height: header + input.rows.length * (cellHeight + rowGap),
    labelWidth,
    columns,
    rows,
    cellHeight,
    showValues: input.columns.length <= 10,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
