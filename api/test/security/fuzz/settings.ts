import { tagsFromEnvironment } from './operations.ts';

/** What one fuzz run does; from the environment, see README ("How to develop"). */
export interface FuzzSettings {
  /** The run's seed; the same seed sends the same requests. */
  seed: number;
  /** Requests to send in all, spread evenly over the operations (at least one each). */
  requests: number;
  /** Only operations with one of these tags; all when undefined. */
  tags?: string[];
  /** Only these operations; all when undefined. */
  operationIds?: string[];
  /** Only this case of each operation, to replay a failure. */
  caseIndex?: number;
}

/**
 * Sized so the run stays within its share of `npm test` on two cores (ADR 0031): 1,600 requests
 * took 11 to 14 s of CPU on PGlite, some 150 a second. CI or a nightly run may ask for the test
 * plan's 10,000.
 */
export const defaultFuzzRequests = 1_600;
export const defaultFuzzSeed = 20_261_204;

function list(value: string | undefined): string[] | undefined {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length === 0 ? undefined : items;
}

function whole(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new Error(`${name} must be a whole number, not ${value}`);
  }
  return number;
}

/**
 * `FUZZ_SEED`, `FUZZ_REQUESTS`, `FUZZ_TAGS=registry,vendors`, `FUZZ_OPERATIONS=opA,opB` and
 * `FUZZ_CASE=n` (what a failure prints to replay it).
 */
export function fuzzSettingsFromEnvironment(env = process.env): FuzzSettings {
  const tags = tagsFromEnvironment(env.FUZZ_TAGS);
  const operationIds = list(env.FUZZ_OPERATIONS);
  const caseIndex = env.FUZZ_CASE === undefined ? undefined : whole('FUZZ_CASE', env.FUZZ_CASE, 0);
  return {
    seed: whole('FUZZ_SEED', env.FUZZ_SEED, defaultFuzzSeed),
    requests: whole('FUZZ_REQUESTS', env.FUZZ_REQUESTS, defaultFuzzRequests),
    ...(tags !== undefined && { tags }),
    ...(operationIds !== undefined && { operationIds }),
    ...(caseIndex !== undefined && { caseIndex }),
  };
}
