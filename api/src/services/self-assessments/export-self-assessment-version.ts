import type { SelfAssessmentTransfer } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { contentOf } from '../views/self-assessments.ts';
import { readableVersion } from './version-steps.ts';

/**
 * One version of the caller's service as a self-assessment file, to keep or to import into a
 * draft (of this service or another), with the name it is saved under:
 * `self-assessment-<service name>-v<number>.json`, the name reduced to safe characters.
 */
export async function exportSelfAssessmentVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; number: number };
}): Promise<{ transfer: SelfAssessmentTransfer; fileName: string }> {
  const { service, version } = await readableVersion(
    ctx,
    'exportSelfAssessmentVersion',
    input.serviceId,
    input.number,
  );
  return {
    transfer: {
      format: 'tenderwise.self-assessment',
      formatVersion: 1,
      service: {
        name: service.name,
        ...(service.summary !== null && { summary: service.summary }),
      },
      content: contentOf(version),
    },
    fileName: `self-assessment-${fileNamePart(service.name, service.id)}-v${version.number}.json`,
  };
}

/** ASCII letters and digits joined by dashes: safe in a Content-Disposition header and on disks. */
function fileNamePart(name: string, fallback: string): string {
  const part = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return part === '' ? fallback : part;
}
