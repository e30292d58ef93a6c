import { describe, expect, it } from 'vitest';
import { heatmap } from '../src/lib/charts/heatmap.ts';
import { pairLines, pairLinesLayout } from '../src/lib/charts/pair-lines.ts';
import { tornado } from '../src/lib/charts/tornado.ts';

describe('the results charts’ geometry', () => {
  it('lays a heatmap out in rows and numbered columns, darker for more, text readable on it', () => {
    const chart = heatmap({
      rows: [
        { id: 'a', label: 'Option A' },
        { id: 'b', label: 'Option B' },
      ],
      columns: [
        { id: 'x', label: 'X' },
        { id: 'y', label: 'Y' },
      ],
      values: [
        [0, 1],
        [0.25, 0.75],
      ],
      format: (value) => `${value * 100} %`,
    });
    expect(chart.columns.map((column) => [column.number, column.x])).toEqual([
      [1, 28],
      [2, 64],
    ]);
    const [low, high] = chart.rows[0]!.cells;
    expect(low!.fill).not.toBe(high!.fill);
    expect([low!.dark, high!.dark]).toEqual([false, true]);
    expect(chart.rows[1]!.y).toBeGreaterThan(chart.rows[0]!.y);
    expect(chart.showValues).toBe(true);
  });

  it('draws each stability range from its lower to its upper share, with the share used marked', () => {
    const chart = tornado({
      items: [{ id: 'price', label: 'Price', share: 0.4, from: 0.25, to: 0.6 }],
    });
    expect(chart.items[0]).toMatchObject({ x: 25, width: 35, mark: 40 });
    expect(chart.ticks.map((tick) => tick.x)).toEqual([0, 25, 50, 75, 100]);
  });

  it('puts one axis per criterion and a line per option through its shares', () => {
    const chart = pairLines({
      axes: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
      lines: [
        { id: 'a', values: [1, 0.5, 0] },
        { id: 'b', values: [0, 0, 1] },
      ],
    });
    expect(chart.axes.map((axis) => axis.x)).toEqual([4, 50, 96]);
    const { top, plotHeight } = pairLinesLayout;
    expect(chart.lines[0]!.points.map((point) => point.y)).toEqual([
      top,
      top + plotHeight / 2,
      top + plotHeight,
    ]);
    expect(chart.lines[1]!.segments).toHaveLength(2);
  });
});
