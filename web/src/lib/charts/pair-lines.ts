// The geometry of a parallel-coordinates view of two options: one vertical axis per criterion
// (evenly spaced, in percent of the width), the share of the criterion's points each option
// earned on it (0 at the bottom, 1 at the top, in pixels), and a line per option through them.
// Line ends in percent need no viewBox, so the text keeps its size at any width.

export interface PairLinesInput {
  axes: readonly { id: string }[];
  /** Two options, each with one value 0–1 per axis. */
  lines: readonly { id: string; values: readonly number[] }[];
}

export interface PairLines {
  height: number;
  axes: { id: string; number: number; x: number }[];
  lines: {
    id: string;
    segments: { x1: number; y1: number; x2: number; y2: number }[];
    points: { x: number; y: number }[];
  }[];
  top: number;
  bottom: number;
}

export const pairLinesLayout = { top: 12, plotHeight: 180, axisLabels: 24, margin: 4 } as const;

export function pairLines(input: PairLinesInput): PairLines {
  const { top, plotHeight, axisLabels, margin } = pairLinesLayout;
  const count = input.axes.length;
  const xOf = (index: number) =>
    count === 1 ? 50 : round(margin + (index * (100 - 2 * margin)) / (count - 1));
  const yOf = (value: number) => round(top + (1 - Math.min(1, Math.max(0, value))) * plotHeight);
  return {
    height: top + plotHeight + axisLabels,
    axes: input.axes.map((axis, index) => ({ id: axis.id, number: index + 1, x: xOf(index) })),
    lines: input.lines.map((line) => {
      const points = line.values.map((value, index) => ({ x: xOf(index), y: yOf(value) }));
      return {
        id: line.id,
        points,
        segments: points.slice(1).map((point, index) => ({
          x1: points[index]!.x,
          y1: points[index]!.y,
          x2: point.x,
          y2: point.y,
        })),
      };
    }),
    top,
    bottom: top + plotHeight,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
