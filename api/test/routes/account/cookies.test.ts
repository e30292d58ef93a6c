import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { accountApp, post, sessionCookieOf, userWithPassword } from './app.ts';

const password = 'tram lines under the old bridge';

describeDatabase('account routes: session cookie attributes', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('sets a plain HttpOnly, SameSite=Lax cookie without Secure for an http origin', async () => {
    const { app } = accountApp(database.db, { PUBLIC_ORIGIN: 'http://localhost:3000' });
    const user = await userWithPassword(database.db, 'vendor', password);
    const login = await app.request(
      ...post('/api/v1/account/login', { email: user.email, password }),
    );
    const { raw } = sessionCookieOf(login);
    expect(raw).toMatch(/^tw_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
  });

  it('sets a __Host- cookie with Secure for an https origin', async () => {
    const { app } = accountApp(database.db, { PUBLIC_ORIGIN: 'https://tenders.example.org' });
    const user = await userWithPassword(database.db, 'vendor', password);
    const login = await app.request(
      ...post('/api/v1/account/login', { email: user.email, password }),
    );
    const { raw, pair } = sessionCookieOf(login);
    expect(raw).toMatch(
      /^__Host-tw_session=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(raw).not.toMatch(/Domain=/i);
    const sessions = await app.request('/api/v1/account/sessions', { headers: { cookie: pair } });
    expect(sessions.status).toBe(200);
  });
});
