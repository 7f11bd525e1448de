import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRateLimiter, type RateLimiter } from '../../server/http/rate-limit.js'
import { TooManyRequests } from '../../server/shared/errors.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

// Counters in the real database, on a clock the test moves.
describe('rate limits over a sliding window', () => {
  let t: TestApp
  let limiter: RateLimiter
  const windowStart = Date.UTC(2027, 0, 4, 9, 0, 0)
  let now = windowStart
  const at = (seconds: number) => { now = windowStart + seconds * 1000 }
  const hit = (key: string) => limiter.hit(key, 10, 300).then(() => 'passed', (error: unknown) => {
    if (error instanceof TooManyRequests) return `refused ${error.retryAfterSeconds}`
    throw error
  })

  beforeAll(async () => {
    t = await buildTestApp()
    limiter = createRateLimiter(t.database, () => new Date(now))
  })
  afterAll(async () => { await t?.close() })

  it('does not let twice the limit through across a window boundary', async () => {
    at(290)
    for (let i = 0; i < 10; i++) expect(await hit('boundary')).toBe('passed')
    expect(await hit('boundary')).toMatch(/^refused/)
    // A fixed window would start counting afresh at 300 s.
    at(305)
    expect(await hit('boundary')).toMatch(/^refused/)
  })

  it('lets a hit through once the Retry-After it gave has passed, and not long before', async () => {
    at(0)
    for (let i = 0; i < 10; i++) await hit('retry')
    at(300 + 5)
    const refused = await hit('retry')
    const retryAfter = Number(refused.replace('refused ', ''))
    // 10 hits in the previous window and 1 refused in this one: 10 × (1 − 60/300) + 2 = 10 at 360 s.
    expect(retryAfter).toBe(55)
    at(305 + retryAfter)
    expect(await hit('retry')).toBe('passed')
  })

  it('forgets a key entirely two windows later and keeps no rows older than the previous window', async () => {
    at(0)
    for (let i = 0; i < 12; i++) await hit('forget')
    at(600 + 1)
    expect(await hit('forget')).toBe('passed')
    const rows = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM rate_limits WHERE key = 'forget'`)
    expect(rows[0]?.n).toBe(1)
  })
})
