/**
 * Fixed-window rate limits with their counters in PostgreSQL, so that every
 * app server over one database shares them. One upsert per hit.
 */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { TooManyRequests } from '../shared/errors.js'

export interface RateLimiter {
  /** Counts a hit on `key`; throws TooManyRequests past `limit` in the window. */
  hit(key: string, limit: number, windowSeconds: number): Promise<void>
}

export function createRateLimiter({ query }: Database, clock: () => Date = () => new Date()): RateLimiter {
  return {
    async hit(key, limit, windowSeconds) {
      const now = clock().getTime()
      const windowMs = windowSeconds * 1000
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs)
      const [row] = await query<{ hits: number }>(sql`
        INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, ${windowStart.toISOString()}, 1)
        ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
        RETURNING hits`)
      if (row?.hits === 1) {
        // A new window: forget this key's old ones.
        await query(sql`DELETE FROM rate_limits WHERE key = ${key} AND window_start < ${windowStart.toISOString()}`)
      }
      if ((row?.hits ?? 0) > limit) {
        throw new TooManyRequests(Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000)))
      }
    },
  }
}
