// `npm start`: builds whatever of the web front end is missing or out of date, then becomes the
// server. Turbo's cache makes the build step take about a second when nothing changed. The server
// runs in this very process (imported, not spawned), so a supervisor's SIGTERM reaches it
// directly and there is one Node process to watch.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const build = spawnSync(
  path.join(root, 'node_modules', '.bin', 'turbo'),
  ['run', 'build', '--filter=@tenderwise/web', '--output-logs=new-only'],
  {
    cwd: root,
    // Standard output carries the server's JSON log lines; build chatter goes to standard error.
    stdio: ['ignore', 2, 2],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
  },
);
if (build.status !== 0) {
  process.stderr.write(
    `Building the web front end failed${build.error ? ` (${build.error.message})` : ''}; see the output above.\n` +
      'To run the API alone: npm start --workspace @tenderwise/api\n',
  );
  process.exit(1);
}

await import('../api/src/cli/serve.ts');
