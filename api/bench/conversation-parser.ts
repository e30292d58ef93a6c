// How well and how fast the conversation parser reads typed turns: per language, the share of the
// corpus parsed exactly as expected (overall and per intent) and the parse time per turn; then the
// same accuracy for held-out turns the parser was never tuned against. Printed, never asserted.
import { isDeepStrictEqual } from 'node:util';
import { parseUtterance } from '../src/domain/conversations/parser/parse-utterance.ts';
import { utterancesDe } from '../test/conversations/utterances-de.ts';
import { utterancesEn } from '../test/conversations/utterances-en.ts';
import type { Utterance } from '../test/conversations/vocabulary.ts';
import { holdoutDe, holdoutEn } from './conversation-parser-holdout.ts';

const runs = Number(process.env.BENCH_RUNS ?? 50);

const percent = (hits: number, total: number) => `${((100 * hits) / total).toFixed(1)} %`;

function accuracy(utterances: Utterance[]) {
  const byIntent = new Map<string, { hits: number; total: number }>();
  const misses: string[] = [];
  let hits = 0;
  for (const { text, context, expected } of utterances) {
    const hit = isDeepStrictEqual(parseUtterance(text, context), expected);
    const tally = byIntent.get(expected.intent) ?? { hits: 0, total: 0 };
    tally.total++;
    if (hit) {
      tally.hits++;
      hits++;
    } else misses.push(text);
    byIntent.set(expected.intent, tally);
  }
  return { hits, byIntent, misses };
}

function timings(utterances: Utterance[]): { meanUs: number; p95Us: number } {
  const times: number[] = [];
  // The first round warms the JIT and the compiled patterns.
  for (let run = 0; run <= runs; run++) {
    for (const { text, context } of utterances) {
      const started = performance.now();
      parseUtterance(text, context);
      if (run > 0) times.push((performance.now() - started) * 1000);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  return { meanUs: mean, p95Us: times[Math.floor(times.length * 0.95)]! };
}

const print = (line: string) => process.stdout.write(`${line}\n`);

for (const [language, corpus, holdout] of [
  ['de', utterancesDe, holdoutDe],
  ['en', utterancesEn, holdoutEn],
] as const) {
  const { hits, byIntent } = accuracy(corpus);
  const { meanUs, p95Us } = timings(corpus);
  print(
    `conversation parser (${language}): ${corpus.length} utterances, accuracy ${percent(hits, corpus.length)}, ` +
      `parse time mean ${meanUs.toFixed(1)} µs, p95 ${p95Us.toFixed(1)} µs`,
  );
  const perIntent = [...byIntent.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([intent, tally]) => `${intent} ${tally.hits}/${tally.total}`);
  print(`  per intent: ${perIntent.join(', ')}`);
  const held = accuracy(holdout);
  print(
    `  held out: ${holdout.length} utterances, accuracy ${percent(held.hits, holdout.length)}` +
      (held.misses.length > 0
        ? `; missed: ${held.misses.map((text) => JSON.stringify(text)).join(', ')}`
        : ''),
  );
}
