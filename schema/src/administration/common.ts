import { z } from 'zod';

/** An id the server assigned (a UUID). */
export const ResourceId = z.uuid().meta({ examples: ['0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11'] });

/** A point in time, UTC, ISO 8601. */
export const Timestamp = z.iso.datetime().meta({ examples: ['2026-12-01T09:30:00.000Z'] });
