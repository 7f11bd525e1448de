/**
 * A server whose PostgreSQL is gone (nothing listens at DATABASE_URL any more)
 * answers every request within seconds, 503 with Retry-After, /ready
 * included — never 500, never a hang. The server is built as in production,
 * with the real driver; no PostgreSQL is needed, so it runs on both suites.
 */
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '../../db/client.js'
import { buildApp } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import { SESSION_COOKIE } from '../../server/http/auth.js'
import { freePort } from '../helpers/app.js'
import { testClock } from '../helpers/clock.js'

describe('a lost database', () => {
  let app: FastifyInstance
  let database: Database
  beforeAll(async () => {
    const url = `postgres://postgres@127.0.0.1:${await freePort()}/archipel`
    const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_URL: url })
    database = await createDatabase({ databaseUrl: url })
    // What the server learnt of its database when it was still there.
    const capabilities = { engine: 'postgres', postgresVersion: '15', postgisVersion: '3.3', mvt: true, concurrentConnections: true } as const
    app = await buildApp(config, { database, capabilities, clock: testClock })
    await app.ready()
  })
  afterAll(async () => {
    await app?.close()
    await database?.close()
  })

  it.each([
    ['GET', '/ready'],
    ['GET', '/api/initiatives?limit=5'],
    ['GET', '/api/events'],
    ['GET', '/feeds/events.ics'],
    ['GET', '/api/auth/me'],
    ['POST', '/api/auth/login'],
  ])('answers %s %s with 503, Retry-After and a problem, within seconds', async (method, url) => {
    const started = Date.now()
    const response = await app.inject({
      method: method as 'GET' | 'POST', url,
      // A signed-in visitor: the session must be looked up, never taken for anonymous.
      cookies: { [SESSION_COOKIE]: 'a'.repeat(43) },
      ...(method === 'POST' ? { payload: { email: 'a@example.org', password: 'une phrase de passe' } } : {}),
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(response.statusCode).toBe(503)
    expect(response.headers['retry-after']).toMatch(/^\d+$/)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json()).toMatchObject({ status: 503 })
  })

  it('keeps server pages up: the liveness check does not need the database', async () => {
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200)
  })
})
