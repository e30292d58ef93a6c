import type { Transaction } from 'kysely';
import { insertDemoObject, type DemoObject } from '../../db/repositories/demo-data.ts';
import type { DB } from '../../db/types.ts';
import type { DemoObjects } from './demo-part.ts';

/** The demo objects of the installation, as the parts of one load see and extend them. */
export function demoObjectsOf(
  trx: Transaction<DB>,
  stored: readonly DemoObject[],
  now: Date,
): DemoObjects {
  const ids = new Map(stored.map((row) => [keyOf(row.kind, row.key), row.object_id]));
  return {
    idOf: (kind, key) => ids.get(keyOf(kind, key)),
    async remember(kind, key, objectId) {
      await insertDemoObject(trx, { kind, key, objectId, createdAt: now });
      ids.set(keyOf(kind, key), objectId);
    },
  };
}

function keyOf(kind: string, key: string): string {
  return `${kind}:${key}`;
}
