// Compiles the message catalogue before anything reads it (dev, build, typecheck, tests), so a
// fresh clone needs no extra step. Fails loudly when nothing was emitted: Paraglide reports
// success even when its message-format plugin could not be loaded.
import { compile } from '@inlang/paraglide-js';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { paraglideOptions } from '../paraglide.options.ts';

await compile(paraglideOptions);

const messageDir = path.join(paraglideOptions.outdir, 'messages');
const emitted = (await readdir(messageDir).catch(() => [])).filter((file) => file.endsWith('.js'));
if (emitted.length === 0) {
  process.stderr.write(`No messages were compiled into ${messageDir}.\n`);
  process.exit(1);
}

// The inlang SDK leaves idle timers behind that keep the process alive for about half a minute;
// Paraglide's own CLI exits explicitly for the same reason.
process.exit(0);
