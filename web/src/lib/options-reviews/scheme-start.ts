import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';

// Where a review's first scheme comes from: a template of the catalogue, or blank (the price
// alone, to be built up). The form sends `template:<id>` or `blank`.

type SchemeSource = components['schemas']['SchemeSource'];

export interface TemplateChoice {
  id: string;
  title: string;
  useCase: string;
}

/** The catalogue's templates in the page's language; none when the catalogue is not loaded. */
export async function templateChoices(
  api: ApiClient,
  locale: 'de' | 'en',
): Promise<TemplateChoice[]> {
  const answer = await api.GET('/api/v1/templates').catch(() => undefined);
  return (answer?.data?.templates ?? []).map((template) => ({
    id: template.id,
    title: template.title[locale],
    useCase: template.useCase[locale],
  }));
}

/** The scheme source a choice of the form stands for; anything unknown starts blank. */
export function schemeStartOf(choice: string): SchemeSource {
  const templateId = /^template:([a-z0-9][a-z0-9.-]{0,79})$/.exec(choice)?.[1];
  return templateId ? { kind: 'template', templateId } : { kind: 'blank' };
}
