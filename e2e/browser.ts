import { accessSync, constants } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Debian's `chromium` package puts the browser. */
export const debianChromium = '/usr/bin/chromium';

/**
 * Flags for a machine without internet access: without them Chromium keeps trying to reach
 * Google's update and background services (Playwright adds most other quiet flags itself).
 */
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export type BrowserChoice =
  { found: true; path: string; source: string } | { found: false; problem?: string };

/**
 * The Chromium the tests drive, in this order: CHROMIUM_PATH, Debian's package, Playwright's own
 * download. A CHROMIUM_PATH that points nowhere is an error, not a reason to fall back silently.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): BrowserChoice {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    return isExecutable(configured)
      ? { found: true, path: configured, source: 'CHROMIUM_PATH' }
      : { found: false, problem: `CHROMIUM_PATH=${configured} is not an executable file.` };
  }
  if (isExecutable(debianChromium)) return { found: true, path: debianChromium, source: 'Debian' };
  const own = playwrightChromium();
  if (own) return { found: true, path: own, source: 'Playwright' };
  return { found: false };
}

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
