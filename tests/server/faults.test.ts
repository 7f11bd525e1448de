/**
 * PostgreSQL restarts and goes away under load: a real cluster of its own
 * (tests/helpers/throwaway-cluster.ts) is restarted, then stopped for six
 * seconds, while twelve HTTP clients read and write through the real server.
 * Every request gets an answer, an error is only ever 503 with Retry-After,
 * every acknowledged write is in the database, and the service is back
 * within 10 s of PostgreSQL. PostgreSQL only: PGlite lives in the process.
 */
import type { FastifyInstance } from 'fastify'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createDatabase, detectCapabilities, type Database } from '../../db/client.js'
import { buildApp } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import { freePort } from '../helpers/app.js'
import { testClock } from '../helpers/clock.js'
import { ENGINE } from '../helpers/engine.js'
import { startThrowawayCluster, type ThrowawayCluster } from '../helpers/throwaway-cluster.js'

const CLIENTS = 12
/** A request without an answer after this long counts as unanswered. */
const PATIENCE_MS = 30_000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Outcome { kind: 'read' | 'ready' | 'write'; sentAt: number; status: number | 'unanswered' | 'connection error'; retryAfter: string | null; id?: string }

describe.skipIf(ENGINE !== 'postgres')('PostgreSQL restarting and lost under load', () => {
  let cluster: ThrowawayCluster
  let database: Database
  let app: FastifyInstance
  let url: string

  beforeAll(async () => {
    cluster = await startThrowawayCluster(inject('images').base)
    const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', DATABASE_URL: cluster.url, RATE_LIMIT_WRITES: '100000' })
    database = await createDatabase({ databaseUrl: cluster.url })
    app = await buildApp(config, { database, capabilities: await detectCapabilities(database), clock: testClock })
    const port = await freePort()
    url = await app.listen({ port, host: '127.0.0.1' })
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await database?.close()
    await cluster?.destroy()
  })

  it('answers every request, 503 with Retry-After at worst, keeps every acknowledged write and comes back by itself', async () => {
    const outcomes: Outcome[] = []
    let running = true
    let written = 0
    const send = async (kind: Outcome['kind']): Promise<void> => {
      const sentAt = Date.now()
      const n = written++
      const init: RequestInit = kind !== 'write' ? {} : {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-client': String(n) },
        body: JSON.stringify({
          type: 'Feature', geometry: { type: 'Point', coordinates: [0.5 + (n % 500) / 1000, 47 + Math.floor(n / 500) / 100] },
          properties: { name: `Ressourcerie n° ${n}`, categories: ['mobilite'], legal_form: 'association', commune: '37261' },
        }),
      }
      const path = { read: '/api/initiatives?limit=5', ready: '/ready', write: '/api/initiatives' }[kind]
      try {
        const response = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(PATIENCE_MS) })
        const body = await response.json() as { id?: string }
        outcomes.push({ kind, sentAt, status: response.status, retryAfter: response.headers.get('retry-after'), id: kind === 'write' && response.ok ? body.id : undefined })
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError'
        outcomes.push({ kind, sentAt, status: timedOut ? 'unanswered' : 'connection error', retryAfter: null })
      }
    }
    const kinds: Outcome['kind'][] = ['read', 'read', 'write', 'ready']
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = c; running; i++) {
        await send(kinds[i % kinds.length]!)
        await sleep(20)
      }
    })

    await sleep(2000)
    await cluster.restart()
    await sleep(3000)
    await cluster.stop()
    await sleep(6000)
    await cluster.start()
    const backAt = Date.now()
    await sleep(12_000)
    running = false
    await Promise.all(clients)

    const unanswered = outcomes.filter((o) => o.status === 'unanswered' || o.status === 'connection error')
    expect(unanswered).toEqual([])
    const failures = outcomes.filter((o) => typeof o.status === 'number' && o.status >= 300)
    expect(failures.filter((o) => o.status !== 503 || o.retryAfter === null)).toEqual([])
    expect(failures.length).toBeGreaterThan(0)

    const acknowledged = outcomes.flatMap((o) => (o.id ? [o.id] : []))
    const found = await database.query<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM initiatives WHERE id = ANY(${`{${acknowledged.join(',')}}`}::uuid[])`)
    expect(found[0]?.n).toBe(acknowledged.length)

    // Back: from some moment less than 10 s after PostgreSQL, every request sent succeeded.
    const lastFailure = Math.max(backAt, ...failures.map((o) => o.sentAt))
    const recoverySeconds = (lastFailure - backAt) / 1000
    expect(recoverySeconds).toBeLessThan(10)
    expect(outcomes.some((o) => o.sentAt > lastFailure && o.status === 200)).toBe(true)
    console.info(`faults: ${outcomes.length} requests, ${failures.length} answered 503, ${acknowledged.length} writes acknowledged and ${found[0]?.n} found, service back ${recoverySeconds.toFixed(1)} s after PostgreSQL`)
  }, 120_000)
})
