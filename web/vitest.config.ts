import { defineConfig } from 'vitest/config';

// Unit tests cover plain modules and the message catalogue; they need neither SvelteKit's nor
// Paraglide's Vite plugin (the catalogue is compiled by the `messages` script beforehand).
// Files share their worker's modules (`isolate: false`), as the API's in-process tests do: a
// third less time. So no test mocks a module or leaves state in one for the next file.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    isolate: false,
    testTimeout: 30_000,
  },
});
