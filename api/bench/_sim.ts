import { SimulateRequest } from '@tenderwise/schema';
import { simulateTask } from '../src/engine/simulation/task.ts';
const text = { de: 'x', en: 'x' };
function req(criteria: number, bids: number, runs: number, kind = 'ordinal') {
  const w = Math.floor(6000 / criteria);
  return SimulateRequest.parse({
    scheme: { schemaVersion: 1, id: 'b', title: text, currency: 'EUR', submissionDeadline: '2027-01-01',
      method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } }, price: { kind: 'totalPrice' },
      award: [...Array.from({ length: criteria }, (_, i) => ({ kind: 'ordinal', id: `c${i}`, parentId: null, title: text, weightBp: w, subject: 'service', scale: 10, anchors: Array.from({ length: 11 }, () => text) })),
        { kind: 'price', id: 'price', parentId: null, title: text, weightBp: 10000 - w * criteria }] },
    bids: { count: bids, price: { kind: 'triangular', min: 90000, mode: 110000, max: 150000 } }, runs, seed: 1 });
}
for (const [c, b, r] of JSON.parse(process.argv[2]!) as [number, number, number][]) {
  const input = req(c, b, r);
  const s = performance.now();
  simulateTask(input as never);
  console.log(`${c} criteria + price, ${b} bids, ${r} runs, work ${r * b * (c + 2)}: ${(performance.now() - s).toFixed(0)} ms`);
}
