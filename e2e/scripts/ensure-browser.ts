// Makes sure the browser tests have a Chromium before Playwright starts: finds one, or installs
// Debian's package when this runs as root on a machine with apt-get, or stops with instructions.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../browser.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);
function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

const howToInstall = [
  'The browser tests need Chromium. Install one of:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  any system:     set CHROMIUM_PATH=/path/to/chromium (or chrome)',
].join('\n');

const choice = findChromium();
if (choice.found) {
  say(`Chromium for the browser tests: ${choice.path} (${choice.source})`);
  process.exit(0);
}
if (choice.problem) fail(`${choice.problem}\n${howToInstall}`);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) fail(`No Chromium found.\n${howToInstall}`);

say('No Chromium found; installing Debian\'s "chromium" package with apt-get (running as root).');
const apt = (...args: string[]) =>
  spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0;
// A fresh machine may have no package lists yet, or stale ones naming files no longer there.
if (!apt('install', '-y', 'chromium')) {
  say('Installing failed; updating the package lists and trying again.');
  if (!apt('update') || !apt('install', '-y', 'chromium')) {
    fail(`apt-get could not install chromium.\n${howToInstall}`);
  }
}
const installed = findChromium();
if (!installed.found)
  fail(`apt-get finished, but no Chromium is at the expected place.\n${howToInstall}`);
say(`Chromium for the browser tests: ${installed.path} (${installed.source})`);
