import { error, fail } from '@sveltejs/kit';
import { administrationArea } from '#lib/account/signed-in-user.ts';
import { formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { loadDemoData } from '#lib/services/demo.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded, requireUser, sessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

// The last step of the first run: the new administrator, signed in with the second factor, is
// offered the demo where the installation takes it (only this machine reaches it, no real data
// yet). After loading, the page shows the demo people's sign-ins this once, from the answer of
// the load that created them (ADR 0023); they are also in DATA_DIR/demo-sign-in.txt.

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, administrationArea);
  const status = await apiFor(event).GET('/api/v1/demo-data');
  if (status.response.status === 401) sessionEnded(event.url);
  if (!status.data) error(status.response.status === 403 ? 403 : 503, 'Demo data unavailable');
  return { demo: status.data };
};

export const actions = {
  default: async (event) => {
    const result = await loadDemoData(apiFor(event), { showSignIns: true });
    if (result.ok) {
      // Passwords in the answer: no cache keeps a copy of it.
      event.setHeaders({ 'cache-control': 'no-store' });
      return { loaded: result.loaded };
    }
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      problems: { conflict: 'admin_demo_refused' },
    });
    return fail(result.problem.status, { errors });
  },
} satisfies Actions;
