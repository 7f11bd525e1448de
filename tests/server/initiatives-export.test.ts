import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { initiativeId } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { CSV_COLUMNS, csvCell } from '../../server/initiatives/export-csv.js'

const ODBL = '<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"'
const TRICKY = 'Chez "Lulu", l\'épicerie\nde quartier'

/** A minimal RFC 4180 reader: quoted cells may hold quotes (doubled), commas and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { cell += '"'; i++ } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ',') { row.push(cell); cell = '' }
    else if (char === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++ }
    else cell += char
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row) }
  return rows
}

describe('exports of the published initiatives', () => {
  let t: TestApp
  let published: number
  let pending: { id: string; name: string }[]
  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    const id = await initiativeId(t, 'Sport pour tous en Berry')
    await t.database.query(sql`UPDATE initiatives SET name = ${TRICKY}, description = '=HYPERLINK("http://evil.example")',
      address = '+33 rue du Calcul', website = '@SUM(1+1)' WHERE id = ${id}`)
    published = (await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM initiatives WHERE status = 'published'`))[0]!.n
    pending = await t.database.query(sql`SELECT id::text AS id, name FROM initiatives WHERE status = 'pending'`)
  })
  afterAll(async () => { await t?.close() })

  it('exports every published initiative as GeoJSON naming the ODbL and the site', async () => {
    const response = await t.app.inject({ url: '/api/initiatives.geojson' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('application/geo+json')
    expect(response.headers.link).toBe(ODBL)
    expect(response.headers['access-control-allow-origin']).toBe('*')
    const body = response.json()
    expect(body.type).toBe('FeatureCollection')
    expect(body.license).toMatch(/ODbL-1\.0/)
    expect(body.attribution).toMatch(/Archipel.*Open Database License.*1\.0/)
    expect(body.features).toHaveLength(published)
    expect(body.numberMatched).toBe(published)
    expect(new Set(body.features.map((f: { id: string }) => f.id)).size).toBe(published)
  })

  it('exports as many initiatives as the list matches, with the list filters', async () => {
    const list = (await t.app.inject({ url: '/api/initiatives?category=alimentation&territory=region:24' })).json()
    const geojson = (await t.app.inject({ url: '/api/initiatives.geojson?category=alimentation&territory=region:24' })).json()
    const csv = (await t.app.inject({ url: '/api/initiatives.csv?category=alimentation&territory=region:24' })).body
    expect(list.numberMatched).toBeGreaterThan(0)
    expect(geojson.features).toHaveLength(list.numberMatched)
    expect(parseCsv(csv.slice(1))).toHaveLength(list.numberMatched + 1)
  })

  it('exports every published initiative as CSV, UTF-8 with a BOM, a header and lon/lat', async () => {
    const response = await t.app.inject({ url: '/api/initiatives.csv' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/csv')
    expect(response.headers['content-disposition']).toMatch(/attachment; filename=".*\.csv"/)
    expect(response.headers.link).toBe(ODBL)
    expect(response.body.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(response.body.slice(1))
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(published + 1)
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
    const lon = CSV_COLUMNS.indexOf('lon')
    for (const row of rows.slice(1)) expect(Number(row[lon])).toBeGreaterThan(-6)
  })

  it('quotes a name holding a quote, a comma and a line break, and joins categories with |', async () => {
    const rows = parseCsv((await t.app.inject({ url: '/api/initiatives.csv' })).body.slice(1))
    const row = rows.find((r) => r[CSV_COLUMNS.indexOf('name')] === TRICKY)
    expect(row).toBeDefined()
    expect(row![CSV_COLUMNS.indexOf('categories')]).toMatch(/^[a-z-]+(\|[a-z-]+)*$/)
    expect(row![CSV_COLUMNS.indexOf('categories')]).toContain('sport-loisirs')
  })

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const rows = parseCsv((await t.app.inject({ url: '/api/initiatives.csv' })).body.slice(1))
    const row = rows.find((r) => r[CSV_COLUMNS.indexOf('name')] === TRICKY)!
    expect(row[CSV_COLUMNS.indexOf('description')]).toBe(`'=HYPERLINK("http://evil.example")`)
    expect(row[CSV_COLUMNS.indexOf('address')]).toBe(`'+33 rue du Calcul`)
    expect(row[CSV_COLUMNS.indexOf('website')]).toBe(`'@SUM(1+1)`)
    expect(csvCell('-1')).toBe(`'-1`)
    expect(csvCell(-1.5)).toBe('-1.5')
    expect(csvCell('a"b')).toBe('"a""b"')
  })

  it('leaves pending proposals and private e-mails out of both exports', async () => {
    const privateEmails = await t.database.query<{ email: string }>(sql`
      SELECT email FROM initiatives WHERE email IS NOT NULL AND NOT email_public`)
    expect(privateEmails.length).toBeGreaterThan(0)
    for (const url of ['/api/initiatives.geojson', '/api/initiatives.csv']) {
      const text = (await t.app.inject({ url })).body
      for (const { id, name } of pending) {
        expect(text).not.toContain(id)
        expect(text).not.toContain(name)
      }
      for (const { email } of privateEmails) expect(text).not.toContain(email)
    }
  })

  it('leaves a pending proposal out of search results too', async () => {
    for (const { name } of pending) {
      const body = (await t.app.inject({ url: `/api/initiatives?q=${encodeURIComponent(name)}` })).json()
      expect(body.features.map((f: { properties: { name: string } }) => f.properties.name)).not.toContain(name)
    }
  })

  it.each([
    ['/api/initiatives.csv?category=nope', 'category'],
    ['/api/initiatives.geojson?territory=foo', 'territory'],
    ['/api/initiatives.csv?limit=10', 'limit'],
  ])('refuses %s with a 400 naming %s', async (url, field) => {
    const response = await t.app.inject({ url })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field)
  })

  // Last: it adds initiatives. The export reads the database in batches of 1,000.
  it('streams past one batch, each initiative exactly once', async () => {
    await t.database.query(sql`INSERT INTO initiatives (name, categories, location, commune, territories, status)
      SELECT 'Copie ' || n, ARRAY['culture'], ST_SetSRID(ST_MakePoint(1 + n / 10000.0, 47), 4326), '37261',
        archipel_territories_of('37261'), 'published'
      FROM generate_series(1, 1500) n`)
    const total = (await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM initiatives WHERE status = 'published'`))[0]!.n
    expect(total).toBeGreaterThan(1000)
    const geojson = (await t.app.inject({ url: '/api/initiatives.geojson' })).json()
    expect(geojson.features).toHaveLength(total)
    expect(new Set(geojson.features.map((f: { id: string }) => f.id)).size).toBe(total)
    const rows = parseCsv((await t.app.inject({ url: '/api/initiatives.csv' })).body.slice(1))
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(total)
    expect(rows).toHaveLength(total + 1)
  })
})
