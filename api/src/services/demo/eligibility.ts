import type { DemoRefusal } from '@tenderwise/schema';
import { countRealData } from '../../db/repositories/demo-data.ts';
import { demoRefusals } from '../../domain/demo/eligibility.ts';
import type { ServiceContext } from '../context.ts';

/** Why this installation does not take the demo now; empty when it does. */
export async function demoRefusalsOf(
  ctx: ServiceContext,
  { forced }: { forced: boolean },
): Promise<DemoRefusal[]> {
  return demoRefusals({
    loopbackOnly: ctx.settings.installation.loopbackOnly,
    forced,
    realData: await countRealData(ctx.db),
  });
}

/** What a refusal tells the caller, the operator at the command line included. */
export function demoRefusalMessage(refusals: readonly DemoRefusal[]): string {
  const reasons = refusals.map((refusal) => explanations[refusal]);
  return `The demo data was not loaded: ${reasons.join(' ')}`;
}

const explanations: Record<DemoRefusal, string> = {
  'not-loopback':
    'The server can be reached from other machines (HOST or PUBLIC_ORIGIN is not a loopback ' +
    'address), and the demo accounts would be a way in. The operator can load it anyway on the ' +
    'server with `npm run seed -- --demo --force`.',
  'real-data':
    'This installation holds real data (organisations or users besides the administrators and ' +
    'their authorities), among which fictional ones would be mistaken for real. Load the demo ' +
    'into an installation of its own (another DATA_DIR or database).',
};
