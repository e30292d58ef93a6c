import { describe, expect, it } from 'vitest';
import { layout, stackedBarChart, wrapLabel } from '../src/lib/charts/stacked-bars.ts';

const format = (value: number) => String(value);
const series = [
  { key: 'verified', label: 'Checked' },
  { key: 'unverified', label: 'Not checked' },
] as const;

describe('stackedBarChart', () => {
  const chart = stackedBarChart({
    series,
    bars: [
      { id: 'c3a', label: 'BSI C3A', values: { verified: 59, unverified: 0 } },
      { id: 'security', label: 'Security assurance', values: { verified: 5, unverified: 13 } },
      { id: 'cost', label: 'Cost', values: { verified: 0, unverified: 3 } },
    ],
    format,
  });

  it('stacks the series of each bar one after the other, in percent of the width', () => {
    const [, security] = chart.bars;
    const [verified, unverified] = security!.segments;
    expect(verified).toMatchObject({ key: 'verified', x: 0, value: 5 });
    expect(unverified!.x).toBeCloseTo(verified!.width, 2);
    expect(unverified!.value).toBe(13);
    expect(security!.total).toBe('18');
  });

  it('scales the longest bar to a round maximum and leaves room for its total', () => {
    const [c3a] = chart.bars;
    // 59 rounds up to 60 on a nice axis, mapped to 100 − totalRoom percent.
    expect(c3a!.totalX).toBeCloseTo((59 / 60) * (100 - layout.totalRoom), 1);
    expect(chart.ticks.at(-1)).toEqual({ x: 100 - layout.totalRoom, label: '60' });
    expect(chart.ticks[0]).toEqual({ x: 0, label: '0' });
  });

  it('lays the bars out top to bottom below the legend, each under its label', () => {
    expect(chart.legend.map((item) => item.label)).toEqual(['Checked', 'Not checked']);
    const ys = chart.bars.map((bar) => bar.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (const bar of chart.bars) expect(bar.labelLines.at(-1)!.y).toBeLessThan(bar.y);
    expect(chart.bars[0]!.labelLines[0]!.y).toBeGreaterThan(chart.legend.at(-1)!.y);
    expect(chart.height).toBeGreaterThan(chart.axisY);
  });

  it('offers only whole numbers on the axis of small counts', () => {
    const small = stackedBarChart({
      series,
      bars: [{ id: 'a', label: 'A', values: { verified: 1, unverified: 1 } }],
      format,
    });
    expect(small.ticks.map((tick) => tick.label)).toEqual(['0', '1', '2']);
  });
});

describe('wrapLabel', () => {
  it('wraps at word boundaries within the line length', () => {
    expect(wrapLabel('Security assurance: attestations, certificates, labels', 34)).toEqual([
      'Security assurance: attestations,',
      'certificates, labels',
    ]);
    expect(wrapLabel('Kosten', 34)).toEqual(['Kosten']);
  });

  it('gives a word longer than a line a line of its own', () => {
    expect(wrapLabel('a Entscheidungsunterstützungssystem b', 10)).toEqual([
      'a',
      'Entscheidungsunterstützungssystem',
      'b',
    ]);
  });
});
