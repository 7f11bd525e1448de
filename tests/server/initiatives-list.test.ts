import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

interface Feature {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: Record<string, unknown>
}
interface Collection {
  type: 'FeatureCollection'
  numberMatched: number
  numberReturned: number
  links: { href: string; rel: string; type?: string }[]
  features: Feature[]
}

/** Around Tours, Saint-Pierre-des-Corps and Joué-lès-Tours. */
const TOURS: [number, number, number, number] = [0.6, 47.33, 0.76, 47.45]

describe('GET /api/initiatives on the demo data', () => {
  let t: TestApp
  let publishedIds: string[]
  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    const rows = await t.database.query<{ id: string }>(sql`
      SELECT id::text AS id FROM initiatives WHERE status = 'published' ORDER BY id`)
    publishedIds = rows.map((r) => r.id)
  })
  afterAll(async () => { await t?.close() })

  const list = async (query: string): Promise<Collection> => {
    const response = await t.app.inject({ url: `/api/initiatives${query}` })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('application/geo+json')
    return response.json()
  }

  it('answers a GeoJSON FeatureCollection with numberMatched, numberReturned and links', async () => {
    const body = await list('')
    expect(body.type).toBe('FeatureCollection')
    expect(body.numberMatched).toBe(publishedIds.length)
    expect(body.numberReturned).toBe(body.features.length)
    expect(body.links).toEqual(expect.arrayContaining([expect.objectContaining({ rel: 'self', type: 'application/geo+json' })]))
    expect(body.features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'Point' } })
  })

  it('keeps to the bbox: around Tours only points inside it', async () => {
    const [minLon, minLat, maxLon, maxLat] = TOURS
    const body = await list(`?bbox=${TOURS.join(',')}`)
    const [inside] = await t.database.query<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM initiatives
      WHERE status = 'published' AND ST_Intersects(location, ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326))`)
    expect(body.features.length).toBeGreaterThan(0)
    expect(body.features.length).toBeLessThan(publishedIds.length)
    expect(body.numberMatched).toBe(inside?.n)
    for (const { geometry: { coordinates: [lon, lat] } } of body.features) {
      expect(lon).toBeGreaterThanOrEqual(minLon)
      expect(lon).toBeLessThanOrEqual(maxLon)
      expect(lat).toBeGreaterThanOrEqual(minLat)
      expect(lat).toBeLessThanOrEqual(maxLat)
    }
  })

  it('walks every published initiative exactly once by following the next links', async () => {
    const seen: string[] = []
    let url: string | undefined = '?limit=20'
    let pages = 0
    while (url !== undefined) {
      const body = await list(url)
      expect(body.features.length).toBeLessThanOrEqual(20)
      // A next link never leads to an empty page.
      expect(body.features.length).toBeGreaterThan(0)
      seen.push(...body.features.map((f) => f.id))
      const next = body.links.find((l) => l.rel === 'next')?.href
      url = next?.replace(/^\/api\/initiatives/, '')
      if (++pages > 50) throw new Error('the next links never end')
    }
    expect(pages).toBe(Math.ceil(publishedIds.length / 20))
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort()).toEqual(publishedIds)
  })

  it('never shows an initiative that waits for moderation', async () => {
    const pending = await t.database.query<{ id: string; name: string }>(sql`
      SELECT id::text AS id, name FROM initiatives WHERE status = 'pending'`)
    expect(pending).toHaveLength(2)
    const text = (await t.app.inject({ url: '/api/initiatives?limit=5000' })).body
    for (const { id, name } of pending) {
      expect(text).not.toContain(id)
      expect(text).not.toContain(JSON.stringify(name).slice(1, -1))
    }
  })

  it('never shows an e-mail address its owner kept private', async () => {
    const privateEmails = await t.database.query<{ email: string }>(sql`
      SELECT email FROM initiatives WHERE status = 'published' AND email IS NOT NULL AND NOT email_public`)
    expect(privateEmails.length).toBeGreaterThan(0)
    const body = await list('?limit=5000')
    expect(body.features).toHaveLength(publishedIds.length)
    const text = JSON.stringify(body)
    for (const { email } of privateEmails) expect(text).not.toContain(email)
    expect(body.features.some((f) => typeof f.properties.email === 'string')).toBe(true)
  })

  it('names the commune, département and région of every initiative', async () => {
    const body = await list('?limit=5000')
    for (const { properties } of body.features) {
      expect(properties).toMatchObject({
        commune_name: expect.stringMatching(/\S/),
        departement: expect.stringMatching(/^\w{2,3}$/),
        region: expect.stringMatching(/^\d{2}$/),
      })
    }
    const inTours = body.features.find((f) => f.properties.commune === '37261')
    expect(inTours?.properties).toMatchObject({ commune_name: 'Tours', departement: '37', region: '24' })
  })

  it.each([
    ['bbox=1,2,3', 'bbox'],
    ['bbox=a,b,c,d', 'bbox'],
    ['bbox=-200,0,10,10', 'bbox'],
    ['bbox=10,10,0,0', 'bbox'],
    ['limit=1000000', 'limit'],
    ['limit=0', 'limit'],
    ['cursor=garbage', 'cursor'],
    ['foo=1', 'foo'],
    ['bbox=-190,-90,190,90', 'bbox'],
    ['territory=foo', 'territory'],
    ['territory=departement:', 'territory'],
    ['territory=departement:99', 'territory'],
    ['category=pas-une-categorie', 'category'],
    ['category=alimentation,Nope!', 'category'],
    ['legal_form=sarl', 'legal_form'],
  ])('refuses %s with a 400 problem naming %s', async (query, field) => {
    const response = await t.app.inject({ url: `/api/initiatives?${query}` })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    const problem = response.json()
    expect(problem).toMatchObject({ status: 400, title: expect.any(String), detail: expect.any(String) })
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field)
  })
})

describe('GET /api/initiatives filters', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp({ demo: true }) })
  afterAll(async () => { await t?.close() })

  const list = async (query: string): Promise<Collection> => {
    const response = await t.app.inject({ url: `/api/initiatives?limit=5000&${query}` })
    expect(response.statusCode, response.body).toBe(200)
    return response.json()
  }
  const idsWhere = async (condition: ReturnType<typeof sql>) => (await t.database.query<{ id: string }>(sql`
    SELECT id::text AS id FROM initiatives WHERE status = 'published' AND ${condition} ORDER BY id`)).map((r) => r.id)
  const sortedIds = (body: Collection) => body.features.map((f) => f.id).sort()

  it('finds "Épicerie" when searching epicerie, whatever the accents and case', async () => {
    for (const q of ['epicerie', 'ÉPICERIE', 'Épicer']) {
      const body = await list(`q=${encodeURIComponent(q)}`)
      const names = body.features.map((f) => String(f.properties.name))
      expect(names).toContain('Épicerie sociale Le Panier berruyer')
      expect(body.numberMatched).toBe(body.features.length)
    }
  })

  it('ranks a search: a word in the name comes before a word only in the description', async () => {
    const body = await list('q=epicerie')
    const inName = body.features.map((f) => /picerie/i.test(String(f.properties.name)))
    expect(inName.indexOf(false) === -1 || inName.lastIndexOf(true) < inName.indexOf(false)).toBe(true)
    expect(body.features.length).toBeGreaterThan(1)
  })

  it('understands French words: "reparation" finds the Repair Cafés, whose descriptions say "réparer"', async () => {
    for (const q of ['reparation', 'Réparations', 'réparer']) {
      const names = (await list(`q=${encodeURIComponent(q)}`)).features.map((f) => String(f.properties.name))
      expect(names, q).toEqual(expect.arrayContaining(['Repair Café Tours Nord', 'Repair café de Bruz']))
    }
  })

  it('searches every word as a prefix, all words required', async () => {
    const body = await list('q=panier%20berru')
    expect(body.features.map((f) => f.properties.name)).toEqual(['Épicerie sociale Le Panier berruyer'])
  })

  it('reads q as words only: syntax characters are not an error', async () => {
    const body = await list(`q=${encodeURIComponent("épicerie & | ! : ' (")}`)
    expect(body.features.length).toBeGreaterThan(0)
  })

  it('ORs categories given repeated or comma-separated, the same way', async () => {
    const expected = await idsWhere(sql`categories && ARRAY['alimentation', 'habitat']::text[]`)
    expect(expected.length).toBeGreaterThan(0)
    expect(sortedIds(await list('category=alimentation&category=habitat'))).toEqual(expected)
    expect(sortedIds(await list('category=alimentation,habitat'))).toEqual(expected)
  })

  it('filters by legal form, OR within the parameter', async () => {
    const expected = await idsWhere(sql`legal_form IN ('scop', 'scic')`)
    expect(expected.length).toBeGreaterThan(0)
    const body = await list('legal_form=scop,scic')
    expect(sortedIds(body)).toEqual(expected)
    expect(body.numberMatched).toBe(expected.length)
  })

  it.each(['departement:37', 'region:24', 'commune:37261'])('filters by territory %s', async (territory) => {
    const expected = await idsWhere(sql`${territory} = ANY(territories)`)
    expect(expected.length).toBeGreaterThan(0)
    expect(sortedIds(await list(`territory=${territory}`))).toEqual(expected)
  })

  it('filters by an EPCI', async () => {
    const [row] = await t.database.query<{ epci: string }>(sql`
      SELECT p AS epci FROM initiatives, unnest(territories) p WHERE status = 'published' AND p LIKE 'epci:%' LIMIT 1`)
    const expected = await idsWhere(sql`${row!.epci} = ANY(territories)`)
    expect(sortedIds(await list(`territory=${row!.epci}`))).toEqual(expected)
  })

  it('ANDs parameters: category, territory, legal form, bbox and q together', async () => {
    const expected = await idsWhere(sql`categories && ARRAY['alimentation']::text[] AND 'region:24' = ANY(territories)
      AND location && ST_MakeEnvelope(-5, 40, 10, 50, 4326) AND legal_form IN ('association', 'cooperative', 'scic')
      AND search @@ to_tsquery('archipel_search', 'epicerie:*')`)
    expect(expected.length).toBeGreaterThan(0)
    const body = await list('category=alimentation&territory=region:24&bbox=-5,40,10,50&legal_form=association,cooperative,scic&q=Epicerie')
    expect(sortedIds(body)).toEqual(expected)
    expect(body.numberMatched).toBe(expected.length)
  })

  it('pages a ranked search by its next links, each result exactly once', async () => {
    const all = await list('q=la')
    expect(all.numberMatched).toBeGreaterThan(6)
    const seen: string[] = []
    let url: string | undefined = '/api/initiatives?q=la&limit=3'
    while (url !== undefined) {
      const body: Collection = (await t.app.inject({ url })).json()
      expect(body.numberMatched).toBe(all.numberMatched)
      expect(body.features.length).toBeGreaterThan(0)
      seen.push(...body.features.map((f) => f.id))
      url = body.links.find((l) => l.rel === 'next')?.href
      if (seen.length > all.numberMatched + 3) throw new Error('the next links never end')
    }
    expect(seen).toEqual(all.features.map((f) => f.id))
  })

  it('refuses a cursor of an unranked list for a search', async () => {
    const first: Collection = (await t.app.inject({ url: '/api/initiatives?limit=2' })).json()
    const next = first.links.find((l) => l.rel === 'next')!.href
    const response = await t.app.inject({ url: `${next}&q=epicerie` })
    expect(response.statusCode).toBe(400)
    expect(response.json().errors[0].field).toBe('cursor')
  })

  it('lets any site read the list (CORS *)', async () => {
    const response = await t.app.inject({ url: '/api/initiatives?limit=1', headers: { origin: 'https://partner.example' } })
    expect(response.headers['access-control-allow-origin']).toBe('*')
  })
})
