import { describeMatrix } from './harness.ts';

describeMatrix('bid-imports');
