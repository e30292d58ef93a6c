import type { DrawRecord } from '@tenderwise/schema';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { evaluate, type Evaluation } from '../../engine/evaluation/evaluate.ts';
import { EngineInputError } from '../../engine/scheme/issues.ts';
import type { OfficialInput } from './engine-bids.ts';
import { listOf } from './official-input.ts';

/** A computed official result: its input and result as the canonical text stored, with hashes. */
export interface OfficialRun {
  input: OfficialInput;
  inputText: string;
  inputSha256: string;
  resultText: string;
  resultSha256: string;
  evaluation: Evaluation;
}

/** The published method on the stored input, nothing else: what a recomputation runs, too. */
export function evaluateOfficial(input: OfficialInput): Evaluation {
  try {
    return evaluate(input.scheme, input.bids, input.options);
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    throw new ConflictError(
      `The official result cannot be computed from what is recorded: ${error.issues
        .slice(0, 10)
        .map((issue) => issue.message)
        .join('; ')}.`,
    );
  }
}

/**
 * Runs the published method on the input (§ 127 (5) GWB, § 58 VgV). Where bids are tied on every
 * deciding figure, lots are drawn: without the drawn order a 409 names the tied bids; a drawn
 * order must name exactly them, and it and the record of the draw become part of the input.
 */
export function runOfficialResult(
  read: { input: OfficialInput; names: ReadonlyMap<string, string> },
  draw: { order: readonly string[]; record: DrawRecord } | undefined,
): OfficialRun {
  const { names } = read;
  let input = read.input;
  let evaluation = evaluateOfficial(input);
  const tied = new Set<string>();
  for (const bid of evaluation.ranking) {
    for (const flag of bid.flags) {
      if (flag.code === 'drawRequired') for (const id of [bid.id, ...flag.tiedWith]) tied.add(id);
    }
  }
  if (tied.size === 0 && draw !== undefined) {
    throw new ValidationError('No bids are tied: there is nothing to draw lots for.', [
      { in: 'body', pointer: '/drawOrder', detail: 'No draw is required; leave it out.' },
    ]);
  }
  if (tied.size > 0) {
    const tiedIds = [...tied].sort();
    if (draw === undefined) {
      throw new ConflictError(
        `Bids are tied on every deciding figure: lots must be drawn between ${listOf(tiedIds, names)}. Send the drawn order with the record of the draw.`,
      );
    }
    const drawn = new Set(draw.order);
    if (
      drawn.size !== draw.order.length ||
      drawn.size !== tied.size ||
      tiedIds.some((id) => !drawn.has(id))
    ) {
      throw new ValidationError('The drawn order must name exactly the tied bids, each once.', [
        { in: 'body', pointer: '/drawOrder', detail: `The tied bids are ${tiedIds.join(', ')}.` },
      ]);
    }
    input = {
      ...input,
      options: { ...input.options, drawOrder: [...draw.order] },
      drawRecord: draw.record,
    };
    evaluation = evaluateOfficial(input);
  }
  // Each canonical text is made once and hashed as it is: the hash is over exactly these bytes.
  const inputText = canonicalJson(input);
  const resultText = canonicalJson(evaluation);
  return {
    input,
    inputText,
    inputSha256: sha256(inputText),
    resultText,
    resultSha256: sha256(resultText),
    evaluation,
  };
}

/** Lower-case hex SHA-256 of a text's UTF-8 bytes. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
