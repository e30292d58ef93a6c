// Compiles the message catalogue before anything reads it (dev, build, typecheck, tests), so a
// fresh clone needs no extra step. Fails loudly when messages are missing: Paraglide reports
// success even when its message-format plugin could not be loaded, and then emits only its index.
import { compile } from '@inlang/paraglide-js';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { paraglideOptions } from '../paraglide.options.ts';
import { readCatalogue } from './message-catalogue.ts';

await compile(paraglideOptions);

const messageDir = path.join(paraglideOptions.outdir, 'messages');
// One module per message; files starting with "_" are Paraglide's own and emitted regardless.
const emitted = new Set(
  (await readdir(messageDir).catch(() => []))
    .filter((file) => file.endsWith('.js') && !file.startsWith('_'))
    .map((file) => file.slice(0, -'.js'.length)),
);
const missing = Object.keys(await readCatalogue('de')).filter((key) => !emitted.has(key));
if (emitted.size === 0 || missing.length > 0) {
  process.stderr.write(
    `No module was compiled into ${messageDir} for ${missing.length} message(s), ` +
      `for example ${missing.slice(0, 3).join(', ')}.\n`,
  );
  process.exit(1);
}

// The inlang SDK leaves idle timers behind that keep the process alive for about half a minute;
// Paraglide's own CLI exits explicitly for the same reason.
process.exit(0);
