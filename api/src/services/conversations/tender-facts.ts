import type { ConversationDraft } from '@tenderwise/schema';
import type { TenderWorld } from '../../domain/conversations/tender-path/world.ts';

type Fact = ConversationDraft['facts'][number];

const same = (value: string) => ({ de: value, en: value });

/** What the side panel shows of a draft tender as it builds up. */
export function tenderFacts(world: TenderWorld): Fact[] {
  const { tender } = world;
  if (tender === null) return [];
  const facts: Fact[] = [
    { label: { de: 'Vergabenummer', en: 'Reference' }, value: same(tender.reference) },
    { label: { de: 'Gegenstand', en: 'Subject' }, value: same(tender.title) },
    { label: { de: 'Vergaberegime', en: 'Regime' }, value: same(tender.regime) },
    {
      label: { de: 'Verfahrensart', en: 'Procedure type' },
      value: tender.procedureType.name,
    },
    { label: { de: 'Land', en: 'Land' }, value: same(tender.land) },
  ];
  if (tender.value.contractValue !== null) {
    facts.push({
      label: { de: 'Geschätzter Auftragswert (netto)', en: 'Estimated value (net)' },
      value: same(`${tender.value.contractValue.value} EUR`),
    });
  }
  if (tender.deadlines.submissionDeadline !== null) {
    facts.push({
      label: { de: 'Angebotsfrist', en: 'Submission deadline' },
      value: same(tender.deadlines.submissionDeadline),
    });
  }
  return facts;
}
