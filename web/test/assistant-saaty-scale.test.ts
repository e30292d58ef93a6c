import { describe, expect, it } from 'vitest';
import { saatyComparison, saatyPoint, saatyScale } from '../src/lib/assistant/saaty-scale.ts';
import { saatyTurnLabel } from '../src/lib/assistant/saaty-labels.ts';

describe('the Saaty scale of the pairwise widget', () => {
  it('runs from A nine times as important through equal to B nine times as important', () => {
    expect(saatyScale).toHaveLength(17);
    expect(saatyScale[0]).toEqual({ value: 'a9', side: 'a', factor: 9 });
    expect(saatyScale[8]).toEqual({ value: 'equal', side: 'equal', factor: 1 });
    expect(saatyScale[16]).toEqual({ value: 'b9', side: 'b', factor: 9 });
    expect(saatyScale.map((point) => point.factor)).toEqual([
      9, 8, 7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('sends the favoured criterion as the more important one', () => {
    expect(saatyComparison(saatyPoint('a5')!, 'price', 'quality')).toEqual({
      more: 'price',
      less: 'quality',
      factor: 5,
    });
    expect(saatyComparison(saatyPoint('b3')!, 'price', 'quality')).toEqual({
      more: 'quality',
      less: 'price',
      factor: 3,
    });
    expect(saatyComparison(saatyPoint('equal')!, 'price', 'quality')).toEqual({
      more: 'price',
      less: 'quality',
      factor: 1,
    });
  });

  it('knows no point outside the scale', () => {
    expect(saatyPoint('a1')).toBeNull();
    expect(saatyPoint('b10')).toBeNull();
    expect(saatyPoint('')).toBeNull();
  });

  it('puts the judgement into words for the transcript', () => {
    expect(saatyTurnLabel(saatyPoint('b9')!, 'Preis', 'Qualität')).toBe(
      'Qualität ist extrem wichtiger als Preis (9)',
    );
    expect(saatyTurnLabel(saatyPoint('equal')!, 'Preis', 'Qualität')).toBe(
      'Preis und Qualität sind gleich wichtig',
    );
  });
});
