import { describeMatrix } from './harness.ts';

describeMatrix('vendors');
