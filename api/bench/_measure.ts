import { EvaluateRequest, EvaluateResponse } from '@tenderwise/schema';
import { evaluate } from '../src/engine/evaluation/evaluate.ts';
import { evaluationInputHash, schemeCommitment } from '../src/engine/canonical/commitment.ts';

const criteria = Number(process.argv[2] ?? 299);
const bidsN = Number(process.argv[3] ?? 80);
const text = { de: 'x', en: 'x' };
const w = Math.floor(9000 / criteria);
const award = [
  ...Array.from({ length: criteria }, (_, i) => ({ kind: 'ordinal', id: `c${i}`, parentId: null, title: text, weightBp: w, subject: 'service', scale: 10, anchors: Array.from({ length: 11 }, () => text) })),
  { kind: 'price', id: 'price', parentId: null, title: text, weightBp: 10000 - w * criteria },
];
const bids = Array.from({ length: bidsN }, (_, b) => ({
  id: `bid-${b}`,
  assessments: Object.fromEntries(Array.from({ length: criteria }, (_, i) => [`c${i}`, { kind: 'ordinal', score: (b * 7 + i * 3) % 11 }])),
  price: { kind: 'totalPrice', amount: 100000 + b * 137 },
}));
const body = JSON.stringify({ scheme: { schemaVersion: 1, id: 'b', title: text, currency: 'EUR', submissionDeadline: '2027-01-01', method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } }, price: { kind: 'totalPrice' }, award }, bids });
console.log('bytes', body.length);
const t = (label: string, f: () => unknown) => { const s = performance.now(); const r = f(); console.log(label, (performance.now() - s).toFixed(1), 'ms'); return r; };
for (let k = 0; k < 2; k++) {
const raw = t('JSON.parse', () => JSON.parse(body));
const input = t('zod', () => EvaluateRequest.parse(raw)) as any;
t('structuredClone in', () => structuredClone(input));
const result = t('evaluate', () => evaluate(input.scheme, input.bids, {})) as any;
t('commitment+hash', () => [schemeCommitment(input.scheme), evaluationInputHash(input.scheme, input.bids, {})]);
const out = t('stringify out', () => JSON.stringify(result));
console.log('out bytes', (out as string).length);
t('structuredClone out', () => structuredClone(result));
t('parse+zod out', () => EvaluateResponse.parse({...JSON.parse(out as string), schemeCommitment: 'a'.repeat(64), inputHash: 'a'.repeat(64)}));
}
