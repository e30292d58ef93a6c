import { z } from 'zod';

/** The version counter of a tender: send the one you read with a change (409 when stale). */
export const TenderRecordVersion = z
  .int()
  .min(1)
  .meta({
    description:
      'Counts the changes of the tender and its lots, team and schemes; send the version you ' +
      'read with a change, and the change is refused with 409 if somebody else changed it since',
    examples: [3],
  });
