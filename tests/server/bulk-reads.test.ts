import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../helpers/app.js'
import { ENGINE } from '../helpers/engine.js'

// Exports and feeds are cheap to ask for and costly to answer: a few of them
// at once must not take the database pool from the rest of the site.
describe('exports and feeds under a concurrency cap', () => {
  let t: Awaited<ReturnType<typeof startTestServer>>

  beforeAll(async () => {
    t = await startTestServer({ demo: true })
    // Exports of several megabytes, more than the sockets buffer: a client
    // that does not read holds its export open.
    await t.database.query(sql`INSERT INTO initiatives (name, description, categories, location, commune, territories, status)
      SELECT 'Copie ' || n, repeat('Une description assez longue. ', 30), ARRAY['culture'],
        ST_SetSRID(ST_MakePoint(1 + n / 100000.0, 47), 4326), '37261', territories, 'published'
      FROM generate_series(1, 12000) n, (SELECT archipel_territories_of('37261') AS territories) commune`)
  }, 120_000)
  afterAll(async () => { await t?.close() })

  /** A GET whose body is not read until the test says so. */
  function open(path: string): Promise<{ response: IncomingMessage; request: ClientRequest }> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(`${t.url}${path}`, (response) => {
        response.pause()
        resolve({ response, request })
      })
      request.on('error', reject)
      request.end()
    })
  }

  const get = (path: string) => fetch(`${t.url}${path}`)

  it('answers a third export at once with 503 and Retry-After while two stream, and the site meanwhile', async () => {
    const held = [await open('/api/initiatives.csv'), await open('/api/initiatives.geojson')]
    expect(held.map((h) => h.response.statusCode)).toEqual([200, 200])

    const third = await get('/api/initiatives.csv')
    expect(third.status).toBe(503)
    expect(third.headers.get('retry-after')).toBe('5')
    expect(third.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect((await third.json()).detail).toMatch(/exports/)
    // Still readable from a partner's site, like the export itself.
    expect(third.headers.get('access-control-allow-origin')).toBe('*')

    expect((await get('/ready')).status).toBe(200)
    expect((await get('/api/initiatives?limit=5')).status).toBe(200)
    expect((await get('/feeds/events.ics')).status).toBe(200)

    // A client that goes away mid-stream frees its slot.
    for (const { request } of held) request.destroy()
    let after = 503
    for (let i = 0; i < 50 && after === 503; i++) {
      const response = await get('/api/initiatives.geojson')
      after = response.status
      if (after === 200) expect((await response.json()).features.length).toBeGreaterThan(12000)
      else await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(after).toBe(200)
  }, 60_000)

  // Holding feeds open needs a database that makes them wait while the rest
  // answers: a lock on the events, which one PGlite connection cannot give.
  it.skipIf(ENGINE !== 'postgres')('answers a fourth agenda feed with 503 while three wait for the database', async () => {
    let release!: () => void
    const locked = new Promise<void>((resolve) => { release = resolve })
    let taken!: () => void
    const lockTaken = new Promise<void>((resolve) => { taken = resolve })
    const holder = t.database.db.transaction(async (tx) => {
      await tx.execute(sql`LOCK TABLE events IN ACCESS EXCLUSIVE MODE`)
      taken()
      await locked
    })
    await lockTaken
    const waiting = ['/feeds/events.ics', '/feeds/events.atom', '/feeds/events.ics'].map(get)
    await new Promise((resolve) => setTimeout(resolve, 500))
    const fourth = await get('/feeds/events.atom')
    expect(fourth.status).toBe(503)
    expect(fourth.headers.get('retry-after')).toBe('5')
    expect((await get('/ready')).status).toBe(200)
    release()
    await holder
    expect((await Promise.all(waiting)).map((r) => r.status)).toEqual([200, 200, 200])
    expect((await get('/feeds/events.atom')).status).toBe(200)
  }, 60_000)
})
