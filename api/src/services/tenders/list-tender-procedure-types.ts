import type { TenderProcedureTypeListResponse, TenderProcedureTypeQuery } from '@tenderwise/schema';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { procedureTypeChoices, procedureTypeTable } from './regime-tables.ts';
import { procedureTypeView } from './tender-view.ts';

/**
 * The procedure types a regime knows, with their stages and the paragraphs they rest on, open
 * procedures first (§ 119 (2) GWB, § 14 (2) VgV: the authority may always choose them), for the
 * officers and reviewers who prepare tenders.
 */
export async function listTenderProcedureTypes({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: TenderProcedureTypeQuery;
}): Promise<TenderProcedureTypeListResponse> {
  await authorize(ctx, { operationId: 'listTenderProcedureTypes' });
  const table = await procedureTypeTable();
  return {
    regime: input.regime,
    table: { id: table.id, version: table.version },
    types: procedureTypeChoices(table, input.regime).map(procedureTypeView),
  };
}
