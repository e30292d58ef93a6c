import { describeMatrix } from './harness.ts';

describeMatrix('catalogue');
