import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { announcerStyleHash, contentSecurityPolicy } from '../content-security-policy.ts';

describe('content security policy', () => {
  it('allows nothing from other origins', () => {
    const { directives } = contentSecurityPolicy;
    expect(directives['default-src']).toEqual(['self']);
    expect(directives['script-src']).toEqual(['self']);
    expect(directives['style-src']).toEqual(['self']);
    expect(directives['frame-ancestors']).toEqual(['none']);
    expect(Object.values(directives).flat()).not.toContain('unsafe-inline');
  });

  it("matches the style attribute of the installed SvelteKit's route announcer", async () => {
    const kitPackage = createRequire(import.meta.url).resolve('@sveltejs/kit/package.json');
    const rootComponent = await readFile(
      path.join(path.dirname(kitPackage), 'src/runtime/components/root.svelte'),
      'utf8',
    );
    const style = /id="svelte-announcer"[^>]*?style="([^"]*)"/s.exec(rootComponent)?.[1];
    expect(style).toBeDefined();
    const hash = createHash('sha256')
      .update(style ?? '')
      .digest('base64');
    expect(announcerStyleHash).toBe(`sha256-${hash}`);
  });
});
