/**
 * OGC API – Features, the items: limit, bbox, datetime, the API's filters,
 * paging by next and prev links in a stable order, and 400 for bad
 * parameters, on the demo data.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../../helpers/app.js'
import { parisTime } from '../../../server/shared/paris-time.js'

const PUBLIC_URL = 'https://carte.example.org'
const NOW = new Date('2026-12-04T10:00:00Z')
/** Around Tours, Saint-Pierre-des-Corps and Joué-lès-Tours. */
const TOURS = '0.6,47.33,0.76,47.45'

interface Page {
  type: string; timeStamp: string; numberMatched: number; numberReturned: number
  links: { href: string; rel: string; type: string }[]
  features: { id: string; properties: Record<string, unknown> }[]
}

describe('the OGC API items on the demo data', () => {
  let t: TestApp
  let initiativeIds: string[]
  beforeAll(async () => {
    t = await buildTestApp({ demo: true, env: { PUBLIC_URL }, clock: () => NOW })
    initiativeIds = (await t.database.query<{ id: string }>(sql`
      SELECT id::text AS id FROM initiatives WHERE status = 'published' ORDER BY id`)).map(({ id }) => id)
  })
  afterAll(async () => { await t?.close() })

  const items = async (url: string): Promise<Page> => {
    const response = await t.app.inject({ url })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toContain('application/geo+json')
    return response.json()
  }
  /** The path and query of an absolute link, which must start with PUBLIC_URL. */
  const follow = (href: string) => {
    expect(href.startsWith(`${PUBLIC_URL}/ogc/`)).toBe(true)
    return href.slice(PUBLIC_URL.length)
  }
  const link = (page: Page, rel: string) => page.links.find((l) => l.rel === rel)

  it('answers 10 features by default, with numberMatched, numberReturned and the time of reading', async () => {
    const page = await items('/ogc/collections/initiatives/items')
    expect(page).toMatchObject({ type: 'FeatureCollection', numberMatched: initiativeIds.length, numberReturned: 10, timeStamp: parisTime(NOW) })
    expect(page.features.map((f) => f.id)).toEqual(initiativeIds.slice(0, 10))
    expect(link(page, 'prev')).toBeUndefined()
  })

  it('serves a limit above 10,000 as 10,000 rather than refusing it', async () => {
    const page = await items('/ogc/collections/initiatives/items?limit=50000')
    expect(page.numberReturned).toBe(Math.min(initiativeIds.length, 10_000))
  })

  it('pages by next links to the end, each initiative once and none missed, and back by prev links', async () => {
    const seen: string[] = []
    const pages: Page[] = []
    let url: string | undefined = '/ogc/collections/initiatives/items?limit=37'
    while (url) {
      const page = await items(url)
      // A next link never leads to an empty page.
      expect(page.features.length).toBeGreaterThan(0)
      pages.push(page)
      seen.push(...page.features.map((f) => f.id))
      const next = link(page, 'next')
      url = next && follow(next.href)
    }
    expect(seen).toEqual(initiativeIds)
    const back = await items(follow(link(pages.at(-1)!, 'prev')!.href))
    expect(back.features.map((f) => f.id)).toEqual(pages.at(-2)!.features.map((f) => f.id))
    // Read backwards to the first page: nothing lies before it.
    let first = back
    while (link(first, 'prev')) first = await items(follow(link(first, 'prev')!.href))
    expect(first.features.map((f) => f.id)).toEqual(pages[0]!.features.map((f) => f.id))
  })

  it('has no next link when the page holds all that remains', async () => {
    const page = await items(`/ogc/collections/initiatives/items?limit=${initiativeIds.length}`)
    expect(page.numberReturned).toBe(initiativeIds.length)
    expect(link(page, 'next')).toBeUndefined()
  })

  it('sends the page links in a Link header as well', async () => {
    const response = await t.app.inject({ url: '/ogc/collections/initiatives/items?limit=5' })
    expect(response.headers.link).toMatch(/<https:\/\/carte\.example\.org\/ogc\/collections\/initiatives\/items\?limit=5&cursor=[^>]+>; rel="next"/)
  })

  it('keeps to a bbox the same initiatives as GET /api/initiatives?bbox=', async () => {
    const page = await items(`/ogc/collections/initiatives/items?bbox=${TOURS}&limit=1000`)
    const api = (await t.app.inject({ url: `/api/initiatives?bbox=${TOURS}&limit=1000` })).json()
    expect(page.numberMatched).toBeGreaterThan(0)
    expect(page.numberMatched).toBeLessThan(initiativeIds.length)
    expect(page.features.map((f) => f.id).sort()).toEqual(api.features.map((f: { id: string }) => f.id).sort())
    const withCrs = await items(`/ogc/collections/initiatives/items?bbox=${TOURS}&bbox-crs=${encodeURIComponent('http://www.opengis.net/def/crs/OGC/1.3/CRS84')}`)
    expect(withCrs.numberMatched).toBe(page.numberMatched)
  })

  it('filters with the parameters of the JSON API, named alike', async () => {
    const page = await items('/ogc/collections/initiatives/items?category=alimentation&legal_form=association,scic&q=epicerie')
    const api = (await t.app.inject({ url: '/api/initiatives?category=alimentation&legal_form=association,scic&q=epicerie' })).json()
    expect(page.numberMatched).toBe(api.numberMatched)
    expect(page.numberMatched).toBeGreaterThan(0)
    const rooms = await items('/ogc/collections/rooms/items?equipment=wifi&limit=100')
    expect(rooms.numberMatched).toBe((await t.app.inject({ url: '/api/rooms?equipment=wifi' })).json().numberMatched)
    expect(rooms.numberMatched).toBeGreaterThan(0)
  })

  it('answers 400 in problem+json naming the parameter for a bad limit, bbox, bbox-crs, datetime, filter or an unknown parameter', async () => {
    const cases: [string, string][] = [
      ['/ogc/collections/initiatives/items?limit=0', 'limit'],
      ['/ogc/collections/initiatives/items?limit=ten', 'limit'],
      ['/ogc/collections/initiatives/items?bbox=1,2,3', 'bbox'],
      ['/ogc/collections/initiatives/items?bbox=10,47,0,48', 'bbox'],
      ['/ogc/collections/rooms/items?bbox=0,47,1,48&bbox-crs=EPSG:3857', 'bbox-crs'],
      ['/ogc/collections/events/items?datetime=yesterday', 'datetime'],
      ['/ogc/collections/events/items?datetime=2027-06-30T00:00:00Z/2027-01-01T00:00:00Z', 'datetime'],
      ['/ogc/collections/initiatives/items?legal_form=sarl', 'legal_form'],
      ['/ogc/collections/events/items?kind=bal', 'kind'],
      ['/ogc/collections/initiatives/items?crs=EPSG:2154', 'crs'],
      ['/ogc/collections/initiatives/items?cursor=bm9wZQ', 'cursor'],
    ]
    for (const [url, field] of cases) {
      const response = await t.app.inject({ url })
      expect(response.statusCode, url).toBe(400)
      expect(response.headers['content-type']).toContain('application/problem+json')
      expect(response.json().errors.map((e: { field: string }) => e.field), url).toContain(field)
    }
  })

  describe('events', () => {
    let single: { id: string; start: string; end: string }
    beforeAll(async () => {
      [single] = await t.database.query<{ id: string; start: string; end: string }>(sql`
        SELECT id::text AS id, to_json(start) #>> '{}' AS start, to_json("end") #>> '{}' AS "end"
        FROM events WHERE status = 'published' AND rrule IS NULL ORDER BY start, id LIMIT 1`) as [typeof single]
    })
    const ids = async (query: string) =>
      (await items(`/ogc/collections/events/items?limit=10000&${query}`)).features.map((f) => f.id)
    const at = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms).toISOString()

    it('lists every published event once, with its recurrence, by id', async () => {
      const rows = await t.database.query<{ id: string }>(sql`SELECT id::text AS id FROM events WHERE status = 'published' ORDER BY id`)
      const page = await items('/ogc/collections/events/items?limit=10000')
      expect(page.features.map((f) => f.id)).toEqual(rows.map(({ id }) => id))
      expect(page.features.some((f) => typeof f.properties.rrule === 'string')).toBe(true)
    })

    it('keeps to an instant the events happening then, and to an interval those meeting it', async () => {
      expect(await ids(`datetime=${at(single.start, 60_000)}`)).toContain(single.id)
      expect(await ids(`datetime=${at(single.end, 60_000)}`)).not.toContain(single.id)
      expect(await ids(`datetime=${at(single.end, 60_000)}/..`)).not.toContain(single.id)
      expect(await ids(`datetime=../${at(single.start, -60_000)}`)).not.toContain(single.id)
      expect(await ids(`datetime=../${single.start}`)).toContain(single.id)
      expect(await ids(`datetime=${at(single.start, -86_400_000)}/${at(single.end, 86_400_000)}`)).toContain(single.id)
    })

    it('keeps a never-ending recurrence in any far future period', async () => {
      const endless = await t.database.query<{ id: string }>(sql`
        SELECT id::text AS id FROM events WHERE status = 'published' AND last_end IS NULL ORDER BY id`)
      expect(endless.length).toBeGreaterThan(0)
      expect(await ids('datetime=2100-01-01T00:00:00Z/..')).toEqual(endless.map(({ id }) => id))
    })
  })
})
