import type { RouterRoute } from 'hono/types';
import { TrieRouter } from 'hono/router/trie-router';

const methodOrder = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Answers "which methods does this path support?" from the routes registered on the app, so the
 * Allow header can never disagree with the router. HEAD is listed wherever GET is, because Hono
 * answers HEAD with the GET handler; OPTIONS is listed everywhere, because the not-found handler
 * answers it for every known path.
 */
export function allowedMethodsOf(app: {
  routes: readonly RouterRoute[];
}): (path: string) => string[] {
  let router: TrieRouter<string> | undefined;
  let routeCount = -1;
  return (path) => {
    // Routes may be added after the app was created (tests mount their own), so rebuild lazily.
    if (!router || routeCount !== app.routes.length) {
      router = new TrieRouter<string>();
      for (const route of app.routes) {
        // Middleware is registered as ALL; only real endpoints name a method.
        if (route.method !== 'ALL') router.add('ALL', route.path, route.method.toUpperCase());
      }
      routeCount = app.routes.length;
    }
    const methods = new Set(router.match('GET', path)[0].map(([method]) => method));
    if (methods.size === 0) return [];
    if (methods.has('GET')) methods.add('HEAD');
    methods.add('OPTIONS');
    return [...methods].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  };
}

function rank(method: string): number {
  const index = methodOrder.indexOf(method);
  return index === -1 ? methodOrder.length : index;
}
