import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { paraglideOptions } from './paraglide.options.ts';

// Where the API runs as its own process during development. In production the API and this
// web application share one process and server-side loads reach the API in-process instead.
const apiOrigin = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    paraglideVitePlugin(paraglideOptions),
    sveltekit({
      // adapter-node writes build/handler.js, which the production server mounts next to the API.
      // precompress writes .br and .gz copies of the client assets at build time; the handler
      // serves them by the request's Accept-Encoding with Vary, ETag and Content-Length of its own.
      adapter: adapter({ out: 'build', precompress: true }),
      csp: contentSecurityPolicy,
    }),
  ],
  server: {
    port: 5173,
    strictPort: true,
    // The browser calls /api on the page's own origin, as it does in production.
    proxy: { '/api': { target: apiOrigin } },
  },
  preview: { port: 4173, strictPort: true },
});
