import type { IncomingMessage, ServerResponse } from 'node:http';

// Both languages at once: there is no front end yet to choose one, and the reader is usually
// the operator who just started the server.
const page = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Tenderwise – Weboberfläche nicht gebaut / web interface not built</title>
  </head>
  <body>
    <main>
      <h1>Die Weboberfläche ist nicht gebaut</h1>
      <p>Dieser Server beantwortet die API unter <a href="/api/docs">/api/docs</a>, aber die
        Weboberfläche wurde noch nicht gebaut. Bauen Sie sie mit <code>npm run build</code> und
        starten Sie den Server neu, oder starten Sie ihn mit <code>npm start</code>, das fehlende
        Teile selbst baut.</p>
      <section lang="en">
        <h2>The web interface is not built</h2>
        <p>This server answers the API at <a href="/api/docs">/api/docs</a>, but the web
          interface has not been built yet. Build it with <code>npm run build</code> and restart
          the server, or start it with <code>npm start</code>, which builds what is missing.</p>
      </section>
    </main>
  </body>
</html>
`;

/** Answers every page request while the web front end is not built. */
export function webNotBuilt(request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(503, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(page),
    // A build followed by a restart fixes this; no cache may keep the notice around.
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : page);
}
