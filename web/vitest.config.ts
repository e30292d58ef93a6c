import { defineConfig } from 'vitest/config';

// Unit tests cover plain modules and the message catalogue; they need neither SvelteKit's nor
// Paraglide's Vite plugin (the catalogue is compiled by the `messages` script beforehand).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
