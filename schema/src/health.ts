import { z } from 'zod';

export const healthStatuses = ['ok', 'degraded'] as const;
export const databaseBackends = ['pglite', 'postgres'] as const;

export const HealthResponse = z
  .object({
    status: z.enum(healthStatuses).meta({
      description:
        '`ok` when the database answers and its schema matches this version; `degraded` otherwise',
    }),
    version: z.string().meta({ examples: ['0.1.0'] }),
    database: z.object({
      backend: z.enum(databaseBackends),
      reachable: z.boolean(),
      latencyMs: z
        .number()
        .nonnegative()
        .nullable()
        .meta({ description: 'Round trip of a trivial query; null when unreachable' }),
    }),
    migrations: z
      .object({
        applied: z.array(z.string()),
        pending: z.array(z.string()),
        upToDate: z.boolean(),
      })
      .nullable()
      .meta({ description: 'Null when the migration state could not be read' }),
  })
  .meta({
    id: 'HealthResponse',
    examples: [
      {
        status: 'ok',
        version: '0.1.0',
        database: { backend: 'pglite', reachable: true, latencyMs: 0.4 },
        migrations: {
          applied: ['20261128000000_create_instance'],
          pending: [],
          upToDate: true,
        },
      },
    ],
  });

export type HealthResponse = z.infer<typeof HealthResponse>;
