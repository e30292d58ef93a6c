import { describeMatrix } from './harness.ts';

describeMatrix('conversations');
