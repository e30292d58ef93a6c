import { describeMatrix } from './harness.ts';

describeMatrix('notices');
