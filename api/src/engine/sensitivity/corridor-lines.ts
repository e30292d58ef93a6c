import { compareRows, corridorInto, nearlyEqual } from '../numeric/official-order.ts';
import type { ScoreMatrix } from '../numeric/score-matrix.ts';

/** Per bid, a figure as a line in the varied node's share t: intercept + slope · t. */
export interface Lines {
  intercept: Float64Array;
  slope: Float64Array;
}

/** Every bid's score (points or Z) and performance along one node's share. */
export interface BidLines {
  score: Lines;
  performance: Lines;
}

type Model = Pick<ScoreMatrix, 'price' | 'corridor'>;

/**
 * The extended reference-value method along one node's share t (UfAB 2018, erweiterte
 * Richtwertmethode): which bid ranks first, and whether two bids keep their order, by the
 * published rule (corridor below the best Z, its tie-break, then Z, performance, price). Z is a
 * line per bid, the corridor's floor (1 − x) · max Z a convex broken line, so a bid enters or
 * leaves the corridor where its line crosses the floor, and the order of two bids can change only
 * there or where their own lines cross. Between such points nothing changes: it suffices to look
 * once inside every piece, walking outward from the published share.
 */
export class CorridorWalk {
  readonly #model: Model;
  readonly #lines: BidLines;
  readonly #rows: number;
  readonly #scores: Float64Array;
  readonly #performance: Float64Array;
  readonly #inCorridor: Uint8Array;
  /** Envelope pieces: from where each starts (ascending, first 0) and whose line it is. */
  #starts: number[] = [];
  #owners: number[] = [];
  #unbounded = false;

  constructor(model: Model, lines: BidLines) {
    this.#model = model;
    this.#lines = lines;
    this.#rows = lines.score.intercept.length;
    this.#scores = new Float64Array(this.#rows);
    this.#performance = new Float64Array(this.#rows);
    this.#inCorridor = new Uint8Array(this.#rows);
  }

  /** Call after the lines changed (another node is varied). */
  refresh(): void {
    const { intercept } = this.#lines.score;
    this.#unbounded = intercept.some((value) => value === Infinity);
    if (!this.#unbounded) this.#buildEnvelope();
  }

  /** The first share on each side of t0 at which the official winner (row 0) is no longer first. */
  winnerBounds(t0: number): { below: number | undefined; above: number | undefined } {
    const candidates: number[] = [];
    for (let row = 0; row < this.#rows; row++) this.#pushCorridorChanges(row, candidates);
    for (let row = 1; row < this.#rows; row++) this.#pushOrderChanges(0, row, candidates);
    return firstFailures(candidates, t0, (t) => this.#winnerAt(t) === 0);
  }

  /** The share nearest t0 at which rows p and q (p ranked above) change places; null: none. */
  swapAt(p: number, q: number, t0: number): number | null {
    const candidates: number[] = [];
    this.#pushCorridorChanges(p, candidates);
    this.#pushCorridorChanges(q, candidates);
    this.#pushOrderChanges(p, q, candidates);
    const { below, above } = firstFailures(candidates, t0, (t) => this.#inOrder(p, q, t));
    if (below === undefined) return above ?? null;
    if (above === undefined) return below;
    return t0 - below <= above - t0 ? below : above;
  }

  #winnerAt(t: number): number {
    const { score, performance } = this.#lines;
    for (let row = 0; row < this.#rows; row++) {
      this.#scores[row] = at(score, row, t);
      this.#performance[row] = at(performance, row, t);
    }
    corridorInto(this.#model, this.#scores, this.#inCorridor);
    let best = 0;
    for (let row = 1; row < this.#rows; row++) {
      const decided = compareRows(
        this.#model,
        this.#scores,
        this.#performance,
        this.#inCorridor,
        row,
        best,
      );
      if (decided < 0) best = row;
    }
    return best;
  }

  #inOrder(p: number, q: number, t: number): boolean {
    const floor = this.#unbounded ? Infinity : (1 - this.#model.corridor!.fraction) * this.#top(t);
    for (const row of [p, q]) {
      const score = at(this.#lines.score, row, t);
      this.#scores[row] = score;
      this.#performance[row] = at(this.#lines.performance, row, t);
      this.#inCorridor[row] = score >= floor || nearlyEqual(score, floor) ? 1 : 0;
    }
    const decided = compareRows(
      this.#model,
      this.#scores,
      this.#performance,
      this.#inCorridor,
      p,
      q,
    );
    return decided < 0 || (decided === 0 && p < q);
  }

  /** Where the row's line crosses the corridor's floor, within [0, 1]. */
  #pushCorridorChanges(row: number, out: number[]): void {
    if (this.#unbounded) return;
    const { intercept, slope } = this.#lines.score;
    const keep = 1 - this.#model.corridor!.fraction;
    for (let piece = 0; piece < this.#starts.length; piece++) {
      const owner = this.#owners[piece]!;
      const from = this.#starts[piece]!;
      const to = this.#starts[piece + 1] ?? 1;
      const a = intercept[row]! - keep * intercept[owner]!;
      const b = slope[row]! - keep * slope[owner]!;
      if (b === 0) continue;
      const t = -a / b;
      if (t >= from && t <= to) out.push(t);
    }
  }

  /** Where the figures that order two bids cross: score, and performance (Z's tie-breaks). */
  #pushOrderChanges(p: number, q: number, out: number[]): void {
    for (const lines of [this.#lines.score, this.#lines.performance]) {
      const a = lines.intercept[p]! - lines.intercept[q]!;
      const b = lines.slope[p]! - lines.slope[q]!;
      if (Number.isFinite(a) && b !== 0) out.push(-a / b);
    }
  }

  /** The highest score at t, read from the envelope. */
  #top(t: number): number {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#starts[middle]! <= t) low = middle;
      else high = middle - 1;
    }
    return at(this.#lines.score, this.#owners[low]!, t);
  }

  /** The upper envelope of the score lines over [0, 1] (convex hull trick). */
  #buildEnvelope(): void {
    const { intercept, slope } = this.#lines.score;
    const rows = Array.from({ length: this.#rows }, (_, row) => row).sort(
      (p, q) => slope[p]! - slope[q]! || intercept[p]! - intercept[q]!,
    );
    const hull: number[] = [];
    const meet = (p: number, q: number) =>
      (intercept[p]! - intercept[q]!) / (slope[q]! - slope[p]!);
    for (const row of rows) {
      // Of parallel lines only the highest, which sorts last, can be on top.
      if (hull.length > 0 && slope[hull.at(-1)!] === slope[row]) hull.pop();
      while (hull.length >= 2 && meet(hull.at(-2)!, row) <= meet(hull.at(-2)!, hull.at(-1)!))
        hull.pop();
      hull.push(row);
    }
    this.#starts = [];
    this.#owners = [];
    hull.forEach((row, k) => {
      const from = k === 0 ? -Infinity : meet(hull[k - 1]!, row);
      const to = k + 1 < hull.length ? meet(row, hull[k + 1]!) : Infinity;
      if (to <= 0 || from >= 1) return;
      this.#starts.push(Math.max(0, from));
      this.#owners.push(row);
    });
    if (this.#starts.length === 0 && hull.length > 0) {
      this.#starts.push(0);
      this.#owners.push(hull.at(-1)!);
    }
  }
}

function at(lines: Lines, row: number, t: number): number {
  const intercept = lines.intercept[row]!;
  return intercept === Infinity ? Infinity : intercept + lines.slope[row]! * t;
}

/**
 * Walks outward from t0 through the pieces the candidate points cut [0, 1] into, testing
 * `holds` once inside each, and returns on each side the piece end nearest t0 where it stops
 * holding; undefined where it holds up to 0 or 1.
 */
function firstFailures(
  candidates: readonly number[],
  t0: number,
  holds: (t: number) => boolean,
): { below: number | undefined; above: number | undefined } {
  const below = [...candidates.filter((t) => t > 0 && t < t0), 0].sort((a, b) => b - a);
  const above = [...candidates.filter((t) => t < 1 && t > t0), 1].sort((a, b) => a - b);
  const walk = (ends: number[]): number | undefined => {
    let near = t0;
    for (const far of ends) {
      if (far !== near && !holds((near + far) / 2)) return near;
      near = far;
    }
    return undefined;
  };
  return { below: walk(below), above: walk(above) };
}
