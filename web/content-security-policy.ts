// The Content-Security-Policy SvelteKit sends with every page it renders. Everything comes from
// this server; the only inline script is SvelteKit's bootstrap, allowed by its hash.
import type { sveltekit } from '@sveltejs/kit/vite';

type CspConfig = NonNullable<NonNullable<Parameters<typeof sveltekit>[0]>['csp']>;

/**
 * SHA-256 of the style attribute on SvelteKit's #svelte-announcer (the live region that reads out
 * the page title after client-side navigation, in @sveltejs/kit's runtime/components/root.svelte).
 * A test recomputes it from the installed SvelteKit; global.css hides the announcer even if a
 * future version's attribute were blocked.
 */
export const announcerStyleHash = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

export const contentSecurityPolicy = {
  // Hashes rather than nonces: they keep pages cacheable. SvelteKit sends the policy as a
  // response header, the only place where frame-ancestors takes effect.
  mode: 'hash',
  directives: {
    'default-src': ['self'],
    'script-src': ['self'],
    'style-src': ['self'],
    'style-src-attr': ['unsafe-hashes', announcerStyleHash],
    'img-src': ['self', 'data:'],
    'font-src': ['self'],
    'connect-src': ['self'],
    'object-src': ['none'],
    'base-uri': ['self'],
    'form-action': ['self'],
    'frame-ancestors': ['none'],
  },
} satisfies CspConfig;
