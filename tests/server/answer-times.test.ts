/**
 * Every instant an answer gives is written one way (server/shared/paris-time.ts):
 * RFC 3339 with the Europe/Paris offset of that instant, to the second —
 * whether JavaScript or PostGIS wrote it, and whichever list or item it is in.
 * The local times of `exdates` (SPEC §4: local times in the event's zone) are the one exception.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.js'
import { parisTime, parisTimeSql } from '../../server/shared/paris-time.js'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/
const LOCAL_TIMES = new Set(['exdates'])

/** Every date-time string in `value`, with the name of the member holding it. */
function timesIn(value: unknown, member = ''): { member: string; time: string }[] {
  if (typeof value === 'string') return /^\d{4}-\d\d-\d\dT/.test(value) ? [{ member, time: value }] : []
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) => timesIn(inner, /^\d+$/.test(key) ? member : key))
}

describe('instants in answers', () => {
  let t: TestApp
  let admin: TestAccount
  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    admin = await createTestAccount(t, { role: 'admin' })
  })
  afterAll(async () => { await t?.close() })

  const json = async (url: string) => {
    const response = await t.app.inject({ url, cookies: admin.cookies })
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200)
    return response.json()
  }

  it('are RFC 3339 with the Paris offset of their date, to the second, in every kind of answer', async () => {
    const initiative = (await json('/api/initiatives?limit=1')).features[0].id
    const room = (await json('/api/rooms?limit=1')).features[0].id
    const event = (await json('/api/events?limit=1')).features[0].properties.event_id
    const urls = [
      '/api/initiatives?limit=20', `/api/initiatives/${initiative}`, `/api/initiatives/${initiative}/history`,
      `/api/rooms/${room}/availability?from=2027-03-01T00:00:00%2B01:00&to=2027-04-30T00:00:00%2B02:00`,
      '/api/events?limit=50', `/api/events/${event}`, '/api/moderation/queue', '/api/accounts',
      '/ogc/collections/initiatives/items?limit=5', '/ogc/collections/events/items?limit=5', '/ogc/collections',
    ]
    const seen = new Map<string, string[]>()
    for (const url of urls) {
      for (const { member, time } of timesIn(await json(url))) {
        if (LOCAL_TIMES.has(member)) continue
        expect(time, `${url} ${member}`).toMatch(INSTANT)
        // The offset is the one Paris had at that instant (winter +01:00, summer +02:00).
        expect(parisTime(new Date(time)), `${url} ${member}`).toBe(time)
        seen.set(member, [...(seen.get(member) ?? []), url])
      }
    }
    // The walk did meet the instants written by each side: PostGIS (initiatives, history, queue) and JavaScript (events, accounts, OGC).
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['created_at', 'updated_at', 'start', 'end', 'from', 'to', 'timeStamp']))
  })

  it('are written alike by JavaScript and by SQL, across both changes of time and whatever the session zone', async () => {
    const instants = ['2027-03-28T00:59:59.999Z', '2027-03-28T01:00:00Z', '2027-10-31T00:59:59Z', '2027-10-31T01:00:00.5Z', '2026-12-07T23:30:00.123456Z']
    for (const zone of ['UTC', 'America/Montreal']) {
      const { db, query } = t.database
      const rows = await db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        await query(sql.raw(`SET LOCAL TimeZone = '${zone}'`), tx)
        const times: string[] = []
        for (const instant of instants) {
          times.push((await query<{ time: string }>(sql`SELECT ${parisTimeSql(sql`${instant}::timestamptz`)} AS time`, tx))[0]!.time)
        }
        return times
      })
      expect(rows, zone).toEqual(instants.map((instant) => parisTime(new Date(instant))))
    }
    expect(parisTime(new Date('2027-03-28T01:00:00Z'))).toBe('2027-03-28T03:00:00+02:00')
    expect(parisTime(new Date('2027-10-31T00:59:59Z'))).toBe('2027-10-31T02:59:59+02:00')
  })
})
