// Reads the message catalogue the way the message-format plugin does: one file per area and
// language, named by the path patterns in project.inlang/settings.json. The plugin merges the
// files and lets a later file silently override a key of an earlier one; the tests check for
// such collisions.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];

const webDir = new URL('../', import.meta.url);
const projectDir = new URL('project.inlang/', webDir);

interface Settings {
  'plugin.inlang.messageFormat': { pathPattern: string | string[] };
}

/** The path patterns from the project settings, relative to the web package. */
export async function pathPatterns(): Promise<string[]> {
  const settings = JSON.parse(
    await readFile(new URL('settings.json', projectDir), 'utf8'),
  ) as Settings;
  const patterns = settings['plugin.inlang.messageFormat'].pathPattern;
  // Patterns are relative to the folder that contains project.inlang, i.e. web/.
  return (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) =>
    pattern.replace(/^\.\//, ''),
  );
}

/** One area's messages in one language, with the file they came from. */
export interface CatalogueFile {
  path: string;
  messages: Record<string, string>;
}

export async function catalogueFiles(locale: Locale): Promise<CatalogueFile[]> {
  return Promise.all(
    (await pathPatterns()).map(async (pattern) => {
      const path = pattern.replace('{locale}', locale);
      const text = await readFile(new URL(path, webDir), 'utf8');
      return { path, messages: JSON.parse(text) as Record<string, string> };
    }),
  );
}

/** All messages of one language, merged as the plugin merges them. */
export async function readCatalogue(locale: Locale): Promise<Record<string, string>> {
  return Object.assign({}, ...(await catalogueFiles(locale)).map((file) => file.messages));
}

/** Every JSON file under web/messages/, relative to web/. */
export async function messageFilesOnDisk(): Promise<string[]> {
  const entries = await readdir(fileURLToPath(new URL('messages/', webDir)), {
    recursive: true,
  });
  return entries
    .filter((entry) => entry.endsWith('.json'))
    .map((entry) => `messages/${entry.split('\\').join('/')}`);
}
