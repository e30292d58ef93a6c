import { describeMatrix } from './harness.ts';

describeMatrix('tenders');
