import type { ApiClient } from '#lib/api/client.ts';

// The catalogue's names for what the registry searches and shows: attestation schemes and types,
// C3A criteria and the sovereignty objectives, in the page's language. An installation whose
// catalogue is not loaded gets empty lists, and the pages fall back to the ids.

export interface Choice {
  value: string;
  label: string;
}

export interface RegistryCatalogue {
  /** `scheme` or `scheme:type`, as the search and the attestations name them. */
  attestations: Choice[];
  /** C3A criteria by id (`c3a.sov-1-01-c1`). */
  c3a: Choice[];
  /** Sovereignty objectives by code (`sov-1`). */
  objectives: Choice[];
}

async function entriesOf(
  api: ApiClient,
  kind: 'attestation' | 'c3aCriterion' | 'sovereigntyObjective',
) {
  const answer = await api
    .GET('/api/v1/catalogue/entries', { params: { query: { kind } } })
    .catch(() => undefined);
  return answer?.data?.entries.map((stored) => stored.entry) ?? [];
}

export async function readRegistryCatalogue(
  api: ApiClient,
  locale: 'de' | 'en',
): Promise<RegistryCatalogue> {
  const [attestations, c3a, objectives] = await Promise.all([
    entriesOf(api, 'attestation'),
    entriesOf(api, 'c3aCriterion'),
    entriesOf(api, 'sovereigntyObjective'),
  ]);
  const seen = new Set<string>();
  return {
    attestations: attestations.flatMap((entry) => {
      if (entry.kind !== 'attestation') return [];
      const { scheme, type } = entry.attestation;
      const value = type ? `${scheme}:${type}` : scheme;
      if (seen.has(value)) return [];
      seen.add(value);
      return [{ value, label: entry.title[locale] }];
    }),
    c3a: c3a.map((entry) => ({ value: entry.id, label: entry.title[locale] })),
    objectives: objectives.map((entry) => ({
      value: entry.id.replace(/^csf\./, ''),
      label: entry.title[locale],
    })),
  };
}

/** The catalogue's name of an attestation's scheme and type, else `scheme type`. */
export function attestationName(
  catalogue: Pick<RegistryCatalogue, 'attestations'>,
  scheme: string,
  type: string | undefined,
): string {
  const value = type ? `${scheme}:${type}` : scheme;
  return (
    catalogue.attestations.find((choice) => choice.value === value)?.label ??
    [scheme, type].filter(Boolean).join(' ')
  );
}
