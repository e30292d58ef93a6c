import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTender } from '../../../src/services/tenders/create-tender.ts';
import { getTender } from '../../../src/services/tenders/get-tender.ts';
import { updateTender } from '../../../src/services/tenders/update-tender.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { tenderInput, tenderWorld } from '../tenders/tender-world.ts';

describeDatabase('the tender’s setting on requests for missing documents', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('allows requests by default; the draft may rule them out (§ 56 (2) S. 2 VgV)', async () => {
    const w = await tenderWorld(database.db);
    const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
    expect(tender.missingDocumentRequests).toBe('allowed');
    await updateTender({
      ctx: w.as(w.officer),
      input: { tenderId: tender.id, missingDocumentRequests: 'ruledOut', version: 1 },
    });
    const read = await getTender({ ctx: w.as(w.officer), input: { tenderId: tender.id } });
    expect(read).toMatchObject({ missingDocumentRequests: 'ruledOut', version: 2 });
  });
});
