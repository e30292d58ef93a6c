import { describe, expect, it } from 'vitest';
import { priceLines, priceLinesLayout } from '../src/lib/charts/price-lines.ts';

describe('priceLines', () => {
  const chart = priceLines({
    maxPoints: 40,
    lines: [
      {
        id: 'linear',
        points: [
          { abovePercent: 50, points: 20 },
          { abovePercent: 0, points: 40 },
          { abovePercent: 100, points: 0 },
        ],
      },
    ],
    format: String,
  });
  const { top, plotHeight, left, right } = priceLinesLayout;

  it('puts the cheapest bid at the left with full points and falls to the right', () => {
    const [line] = chart.lines;
    expect(line!.points).toEqual([
      { x: left, y: top },
      { x: (left + right) / 2, y: top + plotHeight / 2 },
      { x: right, y: top + plotHeight },
    ]);
    expect(line!.segments).toHaveLength(2);
    expect(line!.segments[0]).toEqual({ x1: left, y1: top, x2: 53.5, y2: top + plotHeight / 2 });
  });

  it('labels both axes with round numbers, from nothing to the criterion’s points', () => {
    expect(chart.yTicks.at(0)).toEqual({ y: top + plotHeight, label: '0' });
    expect(chart.yTicks.at(-1)).toEqual({ y: top, label: '40' });
    expect(chart.xTicks.at(0)).toEqual({ x: left, label: '0' });
    expect(chart.xTicks.at(-1)).toEqual({ x: right, label: '100' });
  });
});
