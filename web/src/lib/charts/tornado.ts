// The geometry of a tornado chart of weight stability: per criterion, the interval of its share
// of its sibling set within which the first-ranked option stays first, and the published share
// as a mark. Percent horizontally (0–100 % of the share), pixels vertically; see stacked-bars.ts.
import { wrapLabel } from './stacked-bars.ts';

export interface TornadoInput {
  /** Widest interval first is the usual order; the caller decides. */
  items: readonly { id: string; label: string; share: number; from: number; to: number }[];
}

export interface Tornado {
  height: number;
  items: {
    id: string;
    labelLines: { text: string; y: number }[];
    y: number;
    x: number;
    width: number;
    mark: number;
  }[];
  barHeight: number;
  ticks: { x: number; label: string }[];
  axisY: number;
}

export const tornadoLayout = {
  lineHeight: 16,
  barHeight: 16,
  rowGap: 12,
  maxLabelChars: 40,
  axisHeight: 20,
} as const;

export function tornado(input: TornadoInput): Tornado {
  const { lineHeight, barHeight, rowGap, maxLabelChars, axisHeight } = tornadoLayout;
  let y = rowGap;
  const items = input.items.map((item) => {
    const lines = wrapLabel(item.label, maxLabelChars);
    const labelLines = lines.map((text, line) => ({ text, y: y + (line + 1) * lineHeight - 4 }));
    const barY = y + lines.length * lineHeight + 2;
    y = barY + barHeight + rowGap;
    return {
      id: item.id,
      labelLines,
      y: barY,
      x: percent(item.from),
      width: Math.max(0.5, percent(item.to) - percent(item.from)),
      mark: percent(item.share),
    };
  });
  return {
    height: y + axisHeight,
    items,
    barHeight,
    ticks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ x: percent(value), label: `${value * 100}` })),
    axisY: y - rowGap / 2,
  };
}

function percent(share: number): number {
  return Math.round(Math.min(1, Math.max(0, share)) * 10_000) / 100;
}
