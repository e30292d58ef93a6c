import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';
import { sendStaticAsset, staticAsset, type StaticAsset } from './static-asset.ts';

export interface DocsOptions {
  /** Where the page lives, e.g. `/api/docs`; its script and the bundle are served below it. */
  basePath: string;
  /** Root-relative URL of the OpenAPI document the page renders. */
  documentUrl: string;
}

/**
 * The interactive API reference, served entirely from this server: Scalar's browser bundle comes
 * from the installed @scalar/api-reference package, and its configuration from a script file.
 * Scalar's Hono middleware is not used because its page initialises the bundle with an inline
 * script, which a Content-Security-Policy without 'unsafe-inline' blocks.
 */
export function mountDocs(app: Hono<AppEnv>, options: DocsOptions): void {
  const bundle = locateScalarBundle();
  // The version in the file name lets browsers cache the bundle for good; an upgrade changes it.
  const bundlePath = `${options.basePath}/assets/scalar-api-reference-${bundle.version}.js`;
  const initPath = `${options.basePath}/init.js`;
  const bundleAsset = bundleAssetOf(bundle.file);

  app.get(options.basePath, (c) =>
    c.html(docsPage({ bundlePath, initPath, documentUrl: options.documentUrl }), 200, {
      'cache-control': 'no-cache',
    }),
  );
  app.get(initPath, (c) =>
    c.body(initScript(options.documentUrl), 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    }),
  );
  app.get(bundlePath, (c) =>
    sendStaticAsset(c, bundleAsset, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    }),
  );
}

// One per process, not per app: tests build many apps, and each compression of the bundle costs.
const bundleAssets = new Map<string, StaticAsset>();

function bundleAssetOf(file: string): StaticAsset {
  let asset = bundleAssets.get(file);
  if (asset === undefined) {
    asset = staticAsset(async () =>
      Buffer.concat([Buffer.from(bundlePrelude), await readFile(file)]),
    );
    bundleAssets.set(file, asset);
  }
  return asset;
}

/**
 * Runs before the bundle: the zod inside it probes at load time whether `Function('')` works,
 * which our Content-Security-Policy (no 'unsafe-eval') refuses and reports as a violation. In
 * jitless mode zod skips the probe and parses without generated code.
 */
const bundlePrelude =
  'globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });\n';

function locateScalarBundle(): { file: string; version: string } {
  // The package exports no path to its browser build, so find it next to its main entry.
  const entry = createRequire(import.meta.url).resolve('@scalar/api-reference');
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { file: path.join(packageDir, 'dist', 'browser', 'standalone.js'), version };
}

/**
 * Options that keep the reference offline: no font downloads, no request proxy, no telemetry,
 * no hosted agent or developer tools that talk to Scalar's services.
 */
export function scalarConfiguration(documentUrl: string) {
  return {
    url: documentUrl,
    withDefaultFonts: false,
    telemetry: false,
    showDeveloperTools: 'never',
    agent: { disabled: true },
    mcp: { disabled: true },
    persistAuth: false,
  };
}

function initScript(documentUrl: string): string {
  return `Scalar.createApiReference('#app', ${JSON.stringify(scalarConfiguration(documentUrl), null, 2)});\n`;
}

function docsPage(urls: { bundlePath: string; initPath: string; documentUrl: string }): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Tenderwise API reference</title>
  </head>
  <body>
    <noscript>
      The interactive reference needs JavaScript. The API description is at
      <a href="${urls.documentUrl}">${urls.documentUrl}</a>.
    </noscript>
    <div id="app"></div>
    <script src="${urls.bundlePath}"></script>
    <script src="${urls.initPath}"></script>
  </body>
</html>
`;
}
