import { describeMatrix } from './harness.ts';

describeMatrix('public-tenders');
