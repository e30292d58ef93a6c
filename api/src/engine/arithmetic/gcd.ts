/** The largest integer a double holds exactly, with every integer below it. */
export const SAFE = Number.MAX_SAFE_INTEGER;
const MAX_EXACT = BigInt(SAFE);
const SMALL_INT = 0x3fffffff;

/** The greatest common divisor of non-negative integers; 1 for gcd(0, 0). */
export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    // Once both fit in a double's 53 bits, Euclid runs on numbers, exactly and far faster.
    if (a <= MAX_EXACT && b <= MAX_EXACT) return BigInt(smallGcd(Number(a), Number(b)));
    const remainder = a % b;
    a = b;
    b = remainder;
  }
  return a === 0n ? 1n : a;
}

/** `gcd` of non-negative integers up to `SAFE`, where `%` on doubles is exact. */
export function smallGcd(a: number, b: number): number {
  while (b !== 0) {
    // Below 2^30 both are small integers to the engine, whose remainder costs far less than
    // that of doubles; most denominators here are that small.
    if (a <= SMALL_INT && b <= SMALL_INT) return int32Gcd(a | 0, b | 0);
    const remainder = a % b;
    a = b;
    b = remainder;
  }
  return a === 0 ? 1 : a;
}

function int32Gcd(a: number, b: number): number {
  while (b !== 0) {
    const remainder = (a % b) | 0;
    a = b;
    b = remainder;
  }
  return a;
}
