import type { TenderTab } from './tabs.ts';

// What a tender still lacks before publication (its readiness, from the API) names each item by
// a JSON pointer into the tender; the overview links each item to the tab where it is done.

const tabByField: Record<string, TenderTab> = {
  lots: 'lots',
  noLotsReasons: 'procedure',
  estimatedValue: 'procedure',
  value: 'procedure',
  procedureGround: 'procedure',
  procedureType: 'procedure',
  maxLotsPerBidder: 'procedure',
  maxLotsPerAward: 'procedure',
  submissionDeadline: 'deadlines',
  questionsDeadline: 'deadlines',
  bidValidityUntil: 'deadlines',
  deadlines: 'deadlines',
  periodReductions: 'deadlines',
  team: 'team',
};

/** The tab where the item a pointer names is done; the overview for anything unknown. */
export function tabOfPointer(pointer: string): TenderTab {
  const [field = '', , part] = pointer.replace(/^\//, '').split('/');
  // A lot's scheme (`/lots/0/scheme`) is edited on the scheme tab, the lot itself on the lots tab.
  if (field === 'lots' && part === 'scheme') return 'scheme';
  return tabByField[field] ?? 'overview';
}

export interface ReadinessGroup<Item> {
  tab: TenderTab;
  items: Item[];
}

/** The items grouped by the tab they are done on, in the order the tabs first appear. */
export function readinessByTab<Item extends { pointer: string }>(
  items: readonly Item[],
): ReadinessGroup<Item>[] {
  const groups: ReadinessGroup<Item>[] = [];
  for (const item of items) {
    const tab = tabOfPointer(item.pointer);
    const group = groups.find((candidate) => candidate.tab === tab);
    if (group) group.items.push(item);
    else groups.push({ tab, items: [item] });
  }
  return groups;
}
