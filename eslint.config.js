// One flat config for the whole workspace: TypeScript everywhere, Svelte in web/.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of api/src and the arrows between them (ADR 0014). A folder may import from the
 * folders to its right, never the other way:
 *   routes → http → services → domain, engine;  services → security, db;  runtime, cli → anything.
 * `engine/` and `domain/` are pure (no I/O, no framework), so they stay testable without a database
 * and callable from workers.
 */
const layer = (name) => [`**/${name}/**`, `**/${name}`, `**/${name}.ts`];
const io = [
  'kysely',
  'kysely/*',
  'pg',
  'pg/*',
  '@electric-sql/*',
  'node:fs',
  'node:fs/*',
  'node:net',
  'node:child_process',
  'node:worker_threads',
  'node:http',
  'node:https',
  'pino',
];
const framework = ['hono', 'hono/*', '@hono/*'];
const restrict = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
});
const layerRules = [
  restrict(
    ['api/src/engine/**/*.ts'],
    [
      ...['db', 'http', 'routes', 'services', 'security', 'runtime', 'cli', 'domain'].flatMap(
        layer,
      ),
      ...io,
      ...framework,
    ],
    'engine/ is pure evaluation maths: no I/O, no framework, no other layer (ADR 0014).',
  ),
  restrict(
    ['api/src/domain/**/*.ts'],
    [
      ...['db', 'http', 'routes', 'services', 'security', 'runtime', 'cli'].flatMap(layer),
      ...io,
      ...framework,
    ],
    'domain/ holds pure rules: it may use engine/ and nothing with I/O (ADR 0014).',
  ),
  restrict(
    ['api/src/services/**/*.ts'],
    [...['http', 'routes', 'cli'].flatMap(layer), ...framework],
    'services/ are called from HTTP, jobs, the assistant and the CLI alike: no Hono, http/ or routes/ (ADR 0014).',
  ),
  restrict(
    ['api/src/security/**/*.ts', 'api/src/db/**/*.ts'],
    [...['http', 'routes', 'services', 'runtime', 'cli'].flatMap(layer), ...framework],
    'security/ and db/ sit below the services: no Hono, http/, routes/, services/ or runtime/ (ADR 0014).',
  ),
  restrict(
    ['api/src/documents/**/*.ts'],
    [
      ...['db', 'http', 'routes', 'services', 'security', 'runtime', 'cli'].flatMap(layer),
      'kysely',
      'kysely/*',
      'pg',
      'pg/*',
      '@electric-sql/*',
      ...framework,
    ],
    'documents/ render what the services hand them (PDF, XLSX, CSV): no database, no HTTP (ADR 0014).',
  ),
  restrict(
    ['api/src/adapters/**/*.ts'],
    [
      ...[
        'db',
        'http',
        'routes',
        'services',
        'security',
        'domain',
        'engine',
        'runtime',
        'cli',
      ].flatMap(layer),
      'kysely',
      'kysely/*',
      'pg',
      'pg/*',
      '@electric-sql/*',
      ...framework,
    ],
    'adapters/ wrap one outside system (mail, language model) behind an interface the services use: no other layer (ADR 0036).',
  ),
  restrict(
    ['api/src/routes/**/*.ts'],
    [...['db', 'runtime', 'cli'].flatMap(layer)],
    'routes/ call one domain verb; queries live in db/ behind services/ (ADR 0014).',
  ),
  restrict(
    ['api/src/http/**/*.ts'],
    [...['routes', 'runtime', 'cli'].flatMap(layer)],
    'http/ is the Hono edge: it does not know the routes, the runtime or the CLI (ADR 0014).',
  ),
  restrict(
    [
      'api/src/config.ts',
      'api/src/clock.ts',
      'api/src/logger.ts',
      'api/src/address-ranges.ts',
      'api/src/smtp-config.ts',
      'api/src/language-model-config.ts',
      'api/src/version.ts',
    ],
    ['db', 'http', 'routes', 'services', 'security', 'domain', 'engine', 'runtime', 'cli'].flatMap(
      layer,
    ),
    'The shared foundations (configuration, clock, logger) import no layer: every layer imports them (ADR 0014).',
  ),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.turbo/**',
      '**/build/**',
      '**/dist/**',
      '**/.svelte-kit/**',
      'web/src/lib/paraglide/**',
      '**/data/**',
      'schema/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // Migrations run against the schema as it was then, not the application's current types.
    files: ['api/src/db/migrations/**', 'api/src/db/migrator.ts', '**/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['web/**/*.svelte'],
    // Components run in the browser as well as on the server.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // The web front end is served at the root of its origin (no paths.base), and its links come
      // from Paraglide's localizeHref or point at the API (/api/docs), which is no SvelteKit route
      // that resolve() could type-check.
      'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }],
    },
  },
  ...layerRules,
);
