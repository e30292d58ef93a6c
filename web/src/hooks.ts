import type { Reroute } from '@sveltejs/kit/hooks';
import { deLocalizeUrl } from '#lib/paraglide/runtime.js';

// /en/... renders the same route as /...; the language comes from the address, not the route.
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
