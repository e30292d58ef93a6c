// The geometry of a line chart of a price formula's points against how much dearer a bid is
// than the cheapest one, one line per formula, computed where the data is loaded (ADR 0012:
// geometry on the server, markup in Svelte). Horizontal positions are percentages of the
// width, vertical ones pixels, so the labels keep their size at any width.
import { scaleLinear } from 'd3-scale';

export interface PriceLinesInput {
  /** The price criterion's points: the top of the vertical axis. */
  maxPoints: number;
  /** One line each: the points a bid earns this many percent above the cheapest. */
  lines: readonly { id: string; points: readonly { abovePercent: number; points: number }[] }[];
  /** Formats a number for the axes. */
  format: (value: number) => string;
}

export interface PriceLines {
  /** Pixels. */
  height: number;
  top: number;
  bottom: number;
  /** Percent of the width where the plot begins and ends. */
  left: number;
  right: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  lines: {
    id: string;
    segments: { x1: number; y1: number; x2: number; y2: number }[];
    points: { x: number; y: number }[];
  }[];
}

/** Layout: pixels vertically, percent of the width horizontally. */
export const priceLinesLayout = {
  top: 12,
  plotHeight: 180,
  axisLabels: 28,
  left: 10,
  right: 97,
} as const;

export function priceLines(input: PriceLinesInput): PriceLines {
  const { top, plotHeight, axisLabels, left, right } = priceLinesLayout;
  const bottom = top + plotHeight;
  const highest = Math.max(
    1,
    ...input.lines.flatMap((line) => line.points.map((point) => point.abovePercent)),
  );
  const x = scaleLinear().domain([0, highest]).range([left, right]).nice();
  const y = scaleLinear()
    .domain([0, Math.max(input.maxPoints, 1)])
    .range([bottom, top]);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    height: bottom + axisLabels,
    top,
    bottom,
    left,
    right,
    xTicks: x.ticks(5).map((tick) => ({ x: round(x(tick)), label: input.format(tick) })),
    yTicks: y.ticks(4).map((tick) => ({ y: round(y(tick)), label: input.format(tick) })),
    lines: input.lines.map((line) => {
      const points = [...line.points]
        .sort((first, second) => first.abovePercent - second.abovePercent)
        .map((point) => ({
          x: round(x(point.abovePercent)),
          // A formula never gives less than nothing or more than the criterion's points.
          y: round(y(Math.min(input.maxPoints, Math.max(0, point.points)))),
        }));
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
  };
}
