import type { Random } from '../random/prng.ts';

/**
 * Draws a weight vector uniformly from the simplex (non-negative, summing to one) into `out`:
 * independent exponential variates −ln U, divided by their sum, are uniform on the simplex
 * (exponential spacings; Rubinstein & Kroese, Simulation and the Monte Carlo Method, 2nd ed.,
 * §2.5.4, equivalent to sorting n−1 uniforms and taking their gaps). Allocates nothing.
 */
export function drawFromSimplex(random: Random, out: Float64Array): Float64Array {
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    // 1 − U lies in (0, 1], so the logarithm is finite.
    const value = -Math.log(1 - random.next());
    out[i] = value;
    total += value;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= total;
  return out;
}

/**
 * Draws each weight uniformly within ±`fraction` of its published value (w·(1 ± x)), then
 * renormalises the vector to sum to one, so the result keeps the published proportions on
 * average; after renormalising a weight may lie slightly outside its band. Allocates nothing.
 */
export function drawAroundPublished(
  random: Random,
  published: Float64Array,
  fraction: number,
  out: Float64Array,
): Float64Array {
  let total = 0;
  for (let i = 0; i < out.length; i++) {
    const value = published[i]! * (1 + fraction * (2 * random.next() - 1));
    out[i] = value;
    total += value;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= total;
  return out;
}
