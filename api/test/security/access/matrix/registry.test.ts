import { describeMatrix } from './harness.ts';

describeMatrix('registry');
