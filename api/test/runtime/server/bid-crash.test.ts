import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { openEmbeddedDatabase } from '../../../src/db/embedded/open-embedded.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import {
  entries,
  seededRandom,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../../fixtures/processes.ts';
import { createApiKeyAs } from '../../harness/service-context.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { vaultTender } from '../../services/bid-vault/vault-tender.ts';
import { authorityPeople } from '../../services/tender-schemes/ready-tender.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';

const crashes = 20;
const writers = 4;

interface Receipt {
  bidId: string;
  submission: number;
  receivedAt: string;
  sealedSha256: string;
}

const content = (writer: number, n: number) => ({
  bidder: { kind: 'single', company: { name: `Absturz ${writer}`, country: 'DE' } },
  answers: {},
  price: { kind: 'totalPrice', amount: 1000 + n },
  declarations: { art5k: true, exclusionGrounds: true },
  declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
});

/**
 * One vendor's writer: submits its bid (under an Idempotency-Key, so a submission cut off by a
 * crash is taken up again after the restart), then changes it until the server goes away.
 * Every receipt answered with 2xx is acknowledged.
 */
class Writer {
  bidId: string | undefined;
  changes = 0;
  readonly index: number;
  readonly token: string;
  readonly tenderId: string;
  constructor(index: number, token: string, tenderId: string) {
    this.index = index;
    this.token = token;
    this.tenderId = tenderId;
  }

  async writeUntilGone(url: string, acknowledged: (receipt: Receipt) => void): Promise<void> {
    const headers = {
      authorization: `Bearer ${this.token}`,
      'content-type': 'application/json',
    };
    for (;;) {
      let response: Response;
      try {
        response =
          this.bidId === undefined
            ? await fetch(`${url}/api/v1/tenders/${this.tenderId}/lots/1/bids`, {
                method: 'POST',
                headers: { ...headers, 'idempotency-key': `crash-writer-${this.index}` },
                body: JSON.stringify(content(this.index, 0)),
              })
            : await fetch(`${url}/api/v1/bids/${this.bidId}`, {
                method: 'PUT',
                headers,
                body: JSON.stringify(content(this.index, ++this.changes)),
              });
      } catch {
        return;
      }
      const text = await response.text().catch(() => undefined);
      if (text === undefined) return;
      if (response.status !== 200 && response.status !== 201) {
        throw new Error(`writer ${this.index}: ${response.status} ${text}`);
      }
      const receipt = JSON.parse(text) as Receipt;
      this.bidId = receipt.bidId;
      acknowledged(receipt);
    }
  }
}

describe('[pglite] bids to the vault over a server killed with SIGKILL', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: ServerProcess;
  let tenderId: string;
  const tokens: string[] = [];
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
  const random = seededRandom(seed);

  beforeAll(async () => {
    process.stdout.write(`bid crash test seed: ${seed} (replay with CRASH_SEED=${seed})\n`);
    ({ dir: dataDir, remove } = await migratedDataDir());
    // The vault tender and the vendors' API keys, in the data dir before the first start.
    const database = await openEmbeddedDatabase({
      dataDir,
      purpose: 'test',
      logger: pino({ level: 'silent' }),
      migrate: false,
      create: false,
    });
    try {
      const clock = fixedClock('2026-01-15T09:00:00.000Z');
      await catalogueLoaded(database.db, clock);
      ({ tenderId } = await vaultTender(database.db, clock, await authorityPeople(database.db)));
      for (let w = 0; w < writers; w++) {
        const vendor = await seedUser(database.db, 'vendor');
        // The server runs on the real time: the key is made valid from now on.
        const now = new Date();
        const { token } = await createApiKeyAs(database.db, fixedClock(now), vendor, {
          name: `crash ${w}`,
          scopes: ['bids:submit'],
          expiresAt: new Date(now.getTime() + 30 * 86_400_000),
        });
        tokens.push(token);
      }
    } finally {
      await database.close();
    }
    server = await startServerProcess(entries.apiOnlyServer, { DATA_DIR: dataDir });
  }, 120_000);
  afterAll(() => remove());

  it(`keeps every acknowledged receipt over ${crashes} crashes during submissions`, async () => {
    const started = performance.now();
    const team = tokens.map((token, index) => new Writer(index, token, tenderId));
    const acknowledged = new Map<string, Receipt>();
    let restarts = 0;
    let startupMs = 0;
    for (let crash = 0; crash < crashes; crash++) {
      const killAfter = writers + 1 + Math.floor(random() * 20);
      let acknowledgedNow = 0;
      let underWay!: () => void;
      const enoughWritten = new Promise<void>((resolve) => (underWay = resolve));
      const writing = team.map((writer) =>
        writer.writeUntilGone(server.url, (receipt) => {
          acknowledged.set(`${receipt.bidId}#${receipt.submission}`, receipt);
          if (++acknowledgedNow === killAfter) underWay();
        }),
      );
      await Promise.race([
        enoughWritten,
        Promise.all(writing).then(() => {
          throw new Error(`The server went away before the kill: ${server.stderr()}`);
        }),
      ]);
      server.child.kill('SIGKILL');
      await server.exited;
      await Promise.all(writing);

      server = await startServerProcess(entries.apiOnlyServer, { DATA_DIR: dataDir });
      restarts += 1;
      startupMs += server.startupMs;
      const stored = new Map<string, Receipt>();
      for (const [w, writer] of team.entries()) {
        if (writer.bidId === undefined) continue;
        const response = await fetch(`${server.url}/api/v1/bids/${writer.bidId}`, {
          headers: { authorization: `Bearer ${tokens[w]}` },
        });
        expect(response.status).toBe(200);
        const bid = (await response.json()) as { receipts: Receipt[] };
        for (const receipt of bid.receipts) {
          stored.set(`${receipt.bidId}#${receipt.submission}`, receipt);
        }
      }
      const lost = [...acknowledged.entries()].filter(([id, receipt]) => {
        const kept = stored.get(id);
        return (
          kept?.sealedSha256 !== receipt.sealedSha256 || kept.receivedAt !== receipt.receivedAt
        );
      });
      expect(lost, `seed ${seed}, crash ${crash}`).toEqual([]);
    }
    expect(restarts).toBe(crashes);
    expect(acknowledged.size).toBeGreaterThan(crashes * writers);
    process.stdout.write(
      `bid crash test: ${acknowledged.size} acknowledged receipts over ${crashes} crashes, none ` +
        `lost; ${Math.round(performance.now() - started)} ms, of which ${startupMs} ms restarts\n`,
    );
    expect((await terminate(server)).code).toBe(0);
  }, 300_000);
});
