/** One engine benchmark: `setup` builds its input once, `run` is what is timed. */
export interface BenchCase {
  /** Stable name, e.g. `wsm-1000x200`; printed as `name`. */
  name: string;
  /** The target on one core of a reference machine, printed beside the figure; never asserted. */
  targetMs: number;
  setup(): unknown;
  run(input: unknown): unknown;
  /** How many timed runs; default 30. */
  iterations?: number;
}
