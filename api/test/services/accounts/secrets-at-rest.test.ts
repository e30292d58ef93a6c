import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOrganisation } from '../../../src/services/organisations/create-organisation.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { createUser } from '../../../src/services/users/create-user.ts';
import { fixedClock } from '../../../src/clock.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import {
  createApiKeyAs,
  operatorPrincipal,
  serviceContextFor,
} from '../../harness/service-context.ts';

const accountTables = [
  'organisation',
  'app_user',
  'invitation',
  'recovery_code',
  'user_session',
  'api_key',
];

describeDatabase('secrets at rest', (backend) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
  });
  afterAll(() => handle.close());

  it('leaves no plaintext session secret, API key or invitation token in a dump', async () => {
    const clock = fixedClock('2026-06-01T08:00:00Z');
    const ctx = serviceContextFor(handle.db, clock, operatorPrincipal());
    const vendorOrg = await createOrganisation({ ctx, input: { kind: 'vendor', name: 'V' } });
    const { user, invitation } = await createUser({
      ctx,
      input: {
        organisationId: vendorOrg.id,
        email: 'dump@example.org',
        displayName: 'Dump',
        role: 'vendor',
      },
    });
    const session = await createSession(handle.db, clock, { userId: user.id, mfaVerified: false });
    const key = await createApiKeyAs(handle.db, clock, user, {
      name: 'Key',
      scopes: ['bids:submit'],
      expiresAt: new Date('2026-07-01T00:00:00Z'),
    });

    let dump = '';
    for (const table of accountTables) {
      const { rows } = await sql<{
        row: string;
      }>`select row_to_json(t)::text as row from ${sql.table(table)} t`.execute(handle.db);
      dump += rows.map((r) => r.row).join('\n');
    }
    expect(dump).toContain(key.key.id);
    expect(dump).toContain(session.session.id);

    const secrets = {
      sessionSecret: session.token.split('.')[1]!,
      sessionToken: session.token,
      apiKeySecret: key.token.split('.')[1]!,
      apiKey: key.token,
      invitationToken: invitation.token,
    };
    for (const [name, secret] of Object.entries(secrets)) {
      // As text, and as the hex bytea would show if the secret itself were stored as bytes.
      const hex = Buffer.from(secret).toString('hex');
      expect({ name, found: dump.includes(secret) }).toEqual({ name, found: false });
      expect({ name, found: dump.includes(hex) }).toEqual({ name, found: false });
    }
  });
});
