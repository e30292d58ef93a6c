import { defineConfig } from 'vitest/config';

/**
 * Two tests start `npm run catalogue:stats` as a process, as an operator would. On a busy machine
 * a Node start alone can take several seconds; they wait for the process's exit, never for a fixed
 * time, so a generous limit only bounds a hang.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
  },
});
