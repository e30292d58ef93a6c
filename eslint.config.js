// One flat config for the whole workspace: TypeScript everywhere, Svelte in web/.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      'schema/src/openapi-types.ts',
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
);
