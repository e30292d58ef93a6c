import { tenderCancellationGroundIds } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { cancellationGround, cancellationGrounds } from './cancellation-grounds.ts';

describe('cancellation grounds', () => {
  it('label every ground of the schema in both languages, with its paragraph per regime', () => {
    expect(cancellationGrounds.map((ground) => ground.id)).toEqual([
      ...tenderCancellationGroundIds,
    ]);
    tenderCancellationGroundIds.forEach((id, index) => {
      const ground = cancellationGround(id);
      expect(ground.label.de.length).toBeGreaterThan(0);
      expect(ground.label.en.length).toBeGreaterThan(0);
      expect(ground.sources.VgV).toBe(`§ 63 Abs. 1 S. 1 Nr. ${index + 1} VgV`);
      expect(ground.sources.UVgO).toBe(`§ 48 Abs. 1 Nr. ${index + 1} UVgO`);
    });
  });
});
