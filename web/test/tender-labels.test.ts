import {
  authorityKinds as apiAuthorityKinds,
  contractKinds as apiContractKinds,
  periodReductions as apiPeriodReductions,
  procedureStageIds,
  procurementRegimes,
  tenderLands,
  tenderStateNames,
} from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import {
  authorityKinds,
  contractKinds,
  lands,
  periodReductions,
  regimes,
  stageIds,
  tenderStates,
} from '../src/lib/tenders/labels.ts';

// The pages keep their own copies of the API's value lists, so that no schema code reaches the
// browser; these checks keep the copies equal to the API's, values and order.
describe('the tender pages’ value lists', () => {
  it('are the API’s', () => {
    expect([...tenderStates]).toEqual([...tenderStateNames]);
    expect([...regimes]).toEqual([...procurementRegimes]);
    expect([...authorityKinds].sort()).toEqual([...apiAuthorityKinds].sort());
    expect([...contractKinds].sort()).toEqual([...apiContractKinds].sort());
    expect([...lands]).toEqual([...tenderLands]);
    expect([...periodReductions].sort()).toEqual([...apiPeriodReductions].sort());
    expect([...stageIds]).toEqual([...procedureStageIds]);
  });
});
