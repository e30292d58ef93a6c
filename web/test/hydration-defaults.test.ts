import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const source = fileURLToPath(new URL('../src', import.meta.url));

async function svelteFiles(): Promise<string[]> {
  const entries = await readdir(source, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.svelte')).sort();
}

// A page is sent rendered and works before its script has run. Svelte sets a form control's
// `checked` or `value` when it hydrates the page, which undoes what the person chose or typed in
// the moment before: a slow connection loses their input, and a browser test its click. The
// server's value is the control's default (`defaultChecked`, `defaultValue`), which hydration
// leaves alone; FormField and TextAreaField do the same for text.
describe('form controls keep what was chosen before hydration', () => {
  it('sets no checked state a person could already have changed', async () => {
    const offenders: string[] = [];
    for (const file of await svelteFiles()) {
      const text = await readFile(path.join(source, file), 'utf8');
      text.split('\n').forEach((line, index) => {
        if (/(^|[\s<])checked=\{/.test(line)) offenders.push(`${file}:${index + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('finds the forms it guards', async () => {
    const files = await svelteFiles();
    const texts = await Promise.all(files.map((file) => readFile(path.join(source, file), 'utf8')));
    expect(texts.filter((text) => text.includes('defaultChecked={')).length).toBeGreaterThan(3);
  });
});
