// One set of Paraglide compiler options for the Vite plugin, the compile script and the tests, so
// the messages the tests check are compiled exactly as the application compiles them.
import type { CompilerOptions } from '@inlang/paraglide-js';
import { fileURLToPath } from 'node:url';

export const paraglideOptions = {
  project: fileURLToPath(new URL('./project.inlang', import.meta.url)),
  outdir: fileURLToPath(new URL('./src/lib/paraglide', import.meta.url)),
  // German lives without a prefix, English under /en. No cookie or Accept-Language strategy: the
  // address alone decides the language, so a link always shows what it promises.
  strategy: ['url', 'baseLocale'],
  // SvelteKit answers /en/ with a redirect to /en; links should name the final address.
  trailingSlash: 'never',
  emitTsDeclarations: true,
  emitReadme: false,
  emitGitIgnore: false,
  emitPrettierIgnore: false,
} satisfies CompilerOptions;
