import { describeMatrix } from './harness.ts';

describeMatrix('account');
