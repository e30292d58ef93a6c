import { createRouter } from '../../http/route.ts';
import { registerListNotices } from './list.ts';
import { registerMarkNoticeRead } from './mark-read.ts';

/** The caller's notices; mounted at `/v1/notices`. */
export function noticesRouter() {
  const router = createRouter();
  registerListNotices(router);
  registerMarkNoticeRead(router);
  return router;
}
