import type { Caller, reviewsApp } from '../options-reviews/app.ts';

/**
 * A review on the KRITIS template (version 1), then edited (version 2) to score a C5 type 2
 * attestation: criteria keep their catalogue entries through the template's `basedOn`.
 */
export async function reviewOnTemplate(
  api: ReturnType<typeof reviewsApp>,
  lead: Caller,
  members: Caller[],
  referenceDate = '2027-01-15',
) {
  const id = await api.review(lead, members, referenceDate);
  const saved = await api.call(lead, 'POST', `/${id}/scheme-versions`, {
    basedOnVersion: null,
    source: { kind: 'template', templateId: 'kritis-sovereign-cloud' },
  });
  if (saved.status !== 201) throw new Error(JSON.stringify(saved.body));
  const scheme = (await api.call(lead, 'GET', `/${id}/scheme-versions/1`)).body.scheme;
  const price = scheme.award.find((node: { kind: string }) => node.kind === 'price');
  const half = Math.floor(price.weightBp / 2);
  const edited = {
    ...scheme,
    award: [
      ...scheme.award.map((node: { id: string }) =>
        node.id === 'price' ? { ...price, weightBp: price.weightBp - half } : node,
      ),
      {
        kind: 'attestation',
        id: 'c5-attested',
        parentId: null,
        title: { de: 'C5-Testat', en: 'C5 attestation' },
        weightBp: half,
        subject: 'service',
        rules: [{ scheme: 'bsi-c5', type: 'type2', points: 100 }],
      },
    ],
  };
  const second = await api.call(lead, 'POST', `/${id}/scheme-versions`, {
    basedOnVersion: 1,
    source: { kind: 'edited', scheme: edited },
  });
  if (second.status !== 201) throw new Error(JSON.stringify(second.body));
  return id;
}
