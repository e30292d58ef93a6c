import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The arrows between the layers of api/src (ADR 0014) are enforced by ESLint's
 * no-restricted-imports per folder. These cases lint a line of code as if it were a file in a
 * layer, so a change to the configuration that lets a forbidden arrow through fails here.
 */
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repositoryRoot });
});

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, {
    filePath: `${repositoryRoot}api/src/${file}`,
  });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('layer boundaries', () => {
  it.each([
    ['routes/tenders/get.ts', "import { x } from '../../db/repositories/users.ts';"],
    ['routes/tenders/get.ts', "import type { x } from '../../db/tables/accounts.ts';"],
    ['services/tenders/publish.ts', "import { x } from 'hono';"],
    ['services/tenders/publish.ts', "import { x } from '../../http/env.ts';"],
    ['services/tenders/publish.ts', "import { x } from '../../routes/index.ts';"],
    ['engine/scoring/x.ts', "import { x } from 'kysely';"],
    ['engine/scoring/x.ts', "import { x } from '../../services/errors.ts';"],
    ['domain/tenders/x.ts', "import { x } from 'node:fs';"],
    ['domain/tenders/x.ts', "import { x } from '../../db/open.ts';"],
    ['security/access/x.ts', "import { x } from '../../http/env.ts';"],
    ['db/repositories/x.ts', "import { x } from '../../services/users/users.ts';"],
    ['http/x.ts', "import { x } from '../routes/index.ts';"],
    ['config.ts', "import { x } from './http/client-address.ts';"],
    ['documents/pdf/x.ts', "import { x } from '../../db/repositories/users.ts';"],
    ['documents/pdf/x.ts', "import { x } from '../../services/options-reviews/get-report.ts';"],
    ['documents/pdf/x.ts', "import { x } from 'hono';"],
    ['adapters/mail/x.ts', "import { x } from '../../db/repositories/notices.ts';"],
    ['adapters/mail/x.ts', "import { x } from '../../services/notices/enqueue-notice.ts';"],
  ])('refuses, in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });

  it.each([
    ['routes/tenders/get.ts', "import { x } from '../../services/users/users.ts';"],
    ['services/tenders/publish.ts', "import { x } from '../../db/repositories/users.ts';"],
    ['services/tenders/publish.ts', "import { x } from '../../security/access/authorize.ts';"],
    ['domain/tenders/x.ts', "import { x } from '../../engine/canonical/canonical-json.ts';"],
    ['services/x/render.ts', "import { x } from '../../documents/pdf/document.ts';"],
    ['services/notices/x.ts', "import { x } from '../../adapters/mail/mail-sender.ts';"],
  ])('allows, in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
