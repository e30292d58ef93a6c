import { compile } from '@inlang/paraglide-js';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paraglideOptions } from '../paraglide.options.ts';
import { readCatalogue } from '../scripts/message-catalogue.ts';

// Paraglide reports success even when it could not load its message-format plugin (for example
// when the project points at a CDN and there is no network) and then emits no messages at all.
// This compiles the real project, with the application's options, into a scratch directory.
describe('message compilation', () => {
  let outdir: string;
  let catalogueKeys: string[];

  beforeAll(async () => {
    outdir = await mkdtemp(path.join(tmpdir(), 'tenderwise-paraglide-'));
    await compile({ ...paraglideOptions, outdir });
    catalogueKeys = Object.keys(await readCatalogue('de'));
    // Compiling a few hundred messages takes seconds, more on a busy machine.
  }, 60_000);

  afterAll(async () => {
    await rm(outdir, { recursive: true, force: true });
  });

  it('emits a message module for every key of the catalogue', async () => {
    const modules = (await readdir(path.join(outdir, 'messages')))
      .filter((file) => file.endsWith('.js') && !file.startsWith('_'))
      .map((file) => file.slice(0, -'.js'.length));
    expect(catalogueKeys.length).toBeGreaterThan(0);
    expect(modules.sort()).toEqual([...catalogueKeys].sort());
  });

  it('emits messages that render in German and in English', async () => {
    const messages = (await import(
      pathToFileURL(path.join(outdir, 'messages', 'health_status_ok.js')).href
    )) as { health_status_ok: (inputs: object, options: { locale: string }) => string };
    expect(messages.health_status_ok({}, { locale: 'de' })).toBe('Betriebsbereit');
    expect(messages.health_status_ok({}, { locale: 'en' })).toBe('Operational');
  });

  it('keeps German without a prefix and puts English under /en', async () => {
    const runtime = (await import(pathToFileURL(path.join(outdir, 'runtime.js')).href)) as {
      baseLocale: string;
      localizeHref: (href: string, options: { locale: string }) => string;
      deLocalizeUrl: (url: URL) => URL;
    };
    expect(runtime.baseLocale).toBe('de');
    expect(runtime.localizeHref('/', { locale: 'de' })).toBe('/');
    expect(runtime.localizeHref('/', { locale: 'en' })).toBe('/en');
    expect(runtime.deLocalizeUrl(new URL('http://localhost/en')).pathname).toBe('/');
  });
});
