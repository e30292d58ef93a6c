import type { ApiClient } from '#lib/api/client.ts';
import { isOpenProcedure, type ProcedureTypeChoice } from '#lib/tenders/procedure-choice.ts';
import { regimes } from '#lib/tenders/labels.ts';
import { failedTenderRead } from './tender-reads.ts';

/**
 * The procedure types of every regime with their stages, as the API lists them from its table
 * (seed/regimes/procedure-types.json, ADR 0037): open procedures of a regime first. Asked per
 * regime, all at once, so the choice of the new tender's form shows each type's stages before the
 * tender exists.
 */
export async function readProcedureTypeChoices(
  api: ApiClient,
  url: URL,
): Promise<ProcedureTypeChoice[]> {
  const answers = await Promise.all(
    regimes.map((regime) =>
      api.GET('/api/v1/tenders/procedure-types', { params: { query: { regime } } }),
    ),
  );
  return answers.flatMap((answer) => {
    if (!answer.data) failedTenderRead(answer.response.status, url);
    const { regime, types } = answer.data;
    return types.map((type) => ({
      id: type.id,
      regime,
      name: type.name,
      open: isOpenProcedure(type),
      needsGround: type.needsGround,
      stages: type.stages.map((stage) => stage.id),
      references: type.references.map((reference) => reference.paragraph),
    }));
  });
}
