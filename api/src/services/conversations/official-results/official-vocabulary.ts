import type { ParseVocabulary } from '../../../domain/conversations/parser/context.ts';
import { criterionNames, vendorNoise, withoutShared } from '../results/results-vocabulary.ts';
import type { OfficialResult } from './read-official-result.ts';

/**
 * The names a person may use for the lot's bids (the bidder's name and short forms of it) and its
 * award criteria (as for an options review's results), each only where no other thing has it.
 */
export function officialVocabulary(result: OfficialResult): ParseVocabulary {
  const ids = [...result.names.keys()];
  const own = ids.map((id) => [result.names.get(id)!]);
  const extra = own.map(([name]) => {
    const plain = name!.replace(vendorNoise, ' ').replace(/\s+/g, ' ').trim();
    const first = plain.split(' ')[0] ?? '';
    return [plain, first, first.split('-')[0] ?? ''].filter((word) => word.length >= 4);
  });
  return {
    options: ids.length === 0 ? [] : withoutShared(ids, own, extra),
    criteria: criterionNames(result.scheme),
  };
}
