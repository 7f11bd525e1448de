/**
 * Sliding-window rate limits with their counters in PostgreSQL, so that every
 * app server over one database shares them. One statement per hit.
 *
 * Each key counts its hits in fixed windows, and a hit is weighed against the
 * current window plus the previous one in proportion to how much of it still
 * lies within the last `windowSeconds` (the "sliding window counter"). A fixed
 * window alone lets twice the limit through across a window boundary: the
 * end of one window and the start of the next.
 */
import { sql } from 'drizzle-orm'
import type { FastifyRequest } from 'fastify'
import type { Database } from '../../db/client.js'
import { TooManyRequests } from '../shared/errors.js'

export interface RateLimiter {
  /** Counts a hit on `key`; throws TooManyRequests past `limit` in the last `windowSeconds`. */
  hit(key: string, limit: number, windowSeconds: number): Promise<void>
}

export function createRateLimiter({ query }: Database, clock: () => Date = () => new Date()): RateLimiter {
  return {
    async hit(key, limit, windowSeconds) {
      const now = clock().getTime()
      const windowMs = windowSeconds * 1000
      const start = Math.floor(now / windowMs) * windowMs
      const windowStart = new Date(start).toISOString()
      const previousStart = new Date(start - windowMs).toISOString()
      // The previous window's row is read from the statement's snapshot, which
      // the upsert of the current window does not touch.
      const [row] = await query<{ hits: number; previous: number }>(sql`
        WITH hit AS (
          INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, ${windowStart}, 1)
          ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
          RETURNING hits)
        SELECT hit.hits, coalesce((
          SELECT hits FROM rate_limits WHERE key = ${key} AND window_start = ${previousStart}), 0) AS previous
        FROM hit`)
      const hits = row?.hits ?? 0
      if (hits === 1) {
        // A new window: the ones before the previous no longer count.
        await query(sql`DELETE FROM rate_limits WHERE key = ${key} AND window_start < ${previousStart}`)
      }
      const elapsed = (now - start) / windowMs
      if ((row?.previous ?? 0) * (1 - elapsed) + hits > limit) {
        throw new TooManyRequests(retryAfterSeconds(row?.previous ?? 0, hits, limit, elapsed, windowSeconds))
      }
    },
  }
}

/**
 * Seconds until one more hit would be let through, if none is made meanwhile:
 * within this window once enough of the previous one has slid out, or else
 * in the next window, where this one becomes the previous.
 */
export function retryAfterSeconds(previous: number, hits: number, limit: number, elapsed: number, windowSeconds: number): number {
  let wait: number
  if (hits + 1 <= limit && previous > 0) {
    wait = (1 - (limit - hits - 1) / previous - elapsed) * windowSeconds
  } else {
    wait = (1 - elapsed) * windowSeconds + Math.max(0, 1 - (limit - 1) / hits) * windowSeconds
  }
  return Math.max(1, Math.ceil(wait))
}

/**
 * The one limit on what visitors without an account write — proposals,
 * changes and reports of initiatives, proposed events, loan requests: a
 * `preHandler` that counts the write on `writes:<kind>:<address>` once its
 * body has passed the schema, before anything is looked up or stored, so a
 * body refused by the service costs a write as much as an accepted one.
 * Signed-in accounts answer for their writes and are not counted.
 */
export function anonymousWriteLimit(rateLimiter: RateLimiter, limit: WriteLimit, kind: string) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.account) await rateLimiter.hit(`writes:${kind}:${request.ip}`, limit.rateLimitWrites, limit.rateLimitWindowSeconds)
  }
}

/** The configured allowance: RATE_LIMIT_WRITES per RATE_LIMIT_WINDOW_SECONDS. */
export interface WriteLimit { rateLimitWrites: number; rateLimitWindowSeconds: number }
