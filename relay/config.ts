import * as z from 'zod/mini';

/** Relay settings, from environment variables. The defaults work on a trainer's laptop. */
export interface RelayConfig {
  /** RELAY_HOST: the address to listen on. 0.0.0.0 lets phones on the same network reach a laptop. */
  host: string;
  /** RELAY_PORT. */
  port: number;
  /** RELAY_ORIGINS: comma-separated site origins allowed to connect (the origin check). */
  origins: string[];
  /** REDIS_URL: when set, several relay processes share sessions through Redis. */
  redisUrl: string | null;
  /** RELAY_MAX_CONNECTIONS_PER_SESSION. */
  maxConnectionsPerSession: number;
  /** RELAY_MAX_SESSIONS: live sessions on this relay (or this Redis). */
  maxSessions: number;
  /** RELAY_MESSAGES_PER_SECOND: per connection; a short burst of twice this is allowed. */
  messagesPerSecond: number;
  /** RELAY_SESSION_HOURS: a session expires this long after it was made. */
  sessionHours: number;
}

const positive = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);
const EnvSchema = z.object({
  RELAY_HOST: z._default(z.string().check(z.minLength(1)), '0.0.0.0'),
  RELAY_PORT: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65_535)), 8787),
  RELAY_ORIGINS: z._default(z.string(), 'http://localhost:4321,http://127.0.0.1:4321'),
  REDIS_URL: z.optional(z.string().check(z.regex(/^rediss?:\/\//))),
  RELAY_MAX_CONNECTIONS_PER_SESSION: positive(300),
  RELAY_MAX_SESSIONS: positive(100),
  RELAY_MESSAGES_PER_SECOND: positive(10),
  RELAY_SESSION_HOURS: positive(12),
});

/** Reads the settings; throws a Dutch message naming the variable when one is wrong. */
export function readConfig(env: Record<string, string | undefined>): RelayConfig {
  const result = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`De instellingen van de stemserver kloppen niet:\n- ${problems.join('\n- ')}`);
  }
  const e = result.data;
  const origins = e.RELAY_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (new URL(origin).origin !== origin)
      throw new Error(`RELAY_ORIGINS: "${origin}" is geen origin (schema, host en eventueel poort, zonder pad).`);
  }
  return {
    host: e.RELAY_HOST,
    port: e.RELAY_PORT,
    origins,
    redisUrl: e.REDIS_URL ?? null,
    maxConnectionsPerSession: e.RELAY_MAX_CONNECTIONS_PER_SESSION,
    maxSessions: e.RELAY_MAX_SESSIONS,
    messagesPerSecond: e.RELAY_MESSAGES_PER_SECOND,
    sessionHours: e.RELAY_SESSION_HOURS,
  };
}
