import { z } from 'zod';

export const OwnSession = z
  .strictObject({
    id: z.string().meta({ description: 'The public id of the session (never its secret)' }),
    createdAt: z.iso.datetime({ offset: true }),
    lastSeenAt: z.iso.datetime({ offset: true }),
    userAgent: z.string().nullable().meta({ description: 'As sent at login, shortened' }),
    current: z.boolean().meta({ description: 'Whether this is the session of this request' }),
  })
  .meta({ id: 'OwnSession' });
export type OwnSession = z.infer<typeof OwnSession>;

export const OwnSessionsResponse = z.strictObject({ sessions: z.array(OwnSession) }).meta({
  id: 'OwnSessionsResponse',
  examples: [
    {
      sessions: [
        {
          id: 'h4kq7c2xw3mz5rtv',
          createdAt: '2026-01-15T09:00:00.000Z',
          lastSeenAt: '2026-01-15T09:12:00.000Z',
          userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
          current: true,
        },
      ],
    },
  ],
});
export type OwnSessionsResponse = z.infer<typeof OwnSessionsResponse>;

export const SessionIdParam = z.strictObject({
  sessionId: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { name: 'sessionId', in: 'path' }, examples: ['h4kq7c2xw3mz5rtv'] }),
});
