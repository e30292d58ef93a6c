// The what-if panel's re-ranking for 50 options on 40 scored criteria: what the browser does on
// every move of a slider (normalise the sibling sets, one dot product per option, order by the
// published rule). Printed, never asserted: the machine is shared and noisy. The panel's budget
// is 100 ms from a change to the new ranking.
import { rankWhatIf, type WhatIfModel } from '../src/lib/options-reviews/what-if.ts';

function model(options: number, groups: number, perGroup: number): WhatIfModel {
  const nodes: WhatIfModel['nodes'] = [];
  let column = 0;
  for (let group = 0; group < groups; group++) {
    nodes.push({ id: `g${group}`, parentId: null, share: 1 / (groups + 1), column: -1 });
  }
  nodes.push({ id: 'price', parentId: null, share: 1 / (groups + 1), column: column++ });
  for (let group = 0; group < groups; group++) {
    for (let leaf = 0; leaf < perGroup; leaf++) {
      nodes.push({
        id: `g${group}-${leaf}`,
        parentId: `g${group}`,
        share: 1 / perGroup,
        column: column++,
      });
    }
  }
  const optionIds = Array.from({ length: options }, (_, row) => `option-${row}`);
  return {
    nodes,
    criterionIds: nodes.filter((node) => node.column >= 0).map((node) => node.id),
    optionIds,
    shares: optionIds.map((_, row) =>
      Array.from({ length: column }, (_, col) => ((row * 31 + col * 17) % 101) / 100),
    ),
    rowFactor: optionIds.map(() => 100),
    priceColumn: 0,
    price: optionIds.map((_, row) => 500_000 + ((row * 7919) % 50) * 20_000),
    corridor: null,
  };
}

const input = model(50, 3, 13);
const weights: Record<string, number> = Object.fromEntries(
  input.nodes.map((node) => [node.id, node.share]),
);
const runs = 2_000;
for (let i = 0; i < 200; i++) rankWhatIf(input, { ...weights, g0: (i % 100) / 100 });
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const changed = { ...weights, g0: (i % 100) / 100 };
  const started = performance.now();
  rankWhatIf(input, changed);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const round = (ms: number) => Math.round(ms * 1000) / 1000;
process.stdout.write(
  `${JSON.stringify({
    name: 'what-if re-ranking 50x40',
    median_ms: round(times[Math.floor(runs / 2)]!),
    p99_ms: round(times[Math.floor(runs * 0.99)]!),
    target_ms: 100,
    runs,
  })}\n`,
);
