/**
 * Real GIS clients read the OGC API of a started server: GDAL's OAPIF driver
 * (Debian gdal-bin) and OWSLib (Debian python3-owslib). Skipped with a note
 * on a machine without them; in CI (CI=true) they always run, and fail if a
 * client is missing. The server's PUBLIC_URL is its own address, so the links
 * it writes lead back to it.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../helpers/app.js'

const OGRINFO = '/usr/bin/ogrinfo'
const OGR2OGR = '/usr/bin/ogr2ogr'
/** Debian's own interpreter, which has python3-owslib (a `python3` on PATH may be another one). */
const PYTHON = '/usr/bin/python3'
const hasOwslib = existsSync('/usr/lib/python3/dist-packages/owslib')
const runClientTests = (existsSync(OGRINFO) && hasOwslib) || process.env.CI === 'true'
if (!runClientTests) console.warn('OGC client tests skipped: apt-get install gdal-bin python3-owslib')

const run = promisify(execFile)
/** Run asynchronously: this very process serves the requests. */
const gdal = async (tool: string, args: string[]) => (await run(tool, args, {
  timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GDAL_HTTP_TIMEOUT: '60' },
})).stdout

/** Around Tours, Saint-Pierre-des-Corps and Joué-lès-Tours. */
const TOURS = [0.6, 47.33, 0.76, 47.45]

describe.runIf(runClientTests)('GIS clients read the OGC API', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let folder: string
  beforeAll(async () => {
    server = await startTestServer({ demo: true })
    folder = await mkdtemp(join(tmpdir(), 'archipel-ogc-'))
  })
  afterAll(async () => {
    await server?.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  const published = () => server.database.query<{ id: string; name: string }>(sql`
    SELECT id::text AS id, name FROM initiatives WHERE status = 'published' ORDER BY id`)

  it('GDAL lists the three layers', async () => {
    const text = await gdal(OGRINFO, ['-ro', '-so', `OAPIF:${server.url}/ogc`])
    for (const layer of ['initiatives', 'rooms', 'events']) expect(text).toMatch(new RegExp(`^\\d+: ${layer}`, 'm'))
  })

  it('GDAL counts as many initiatives as numberMatched and shows their fields', async () => {
    const { numberMatched } = await fetch(`${server.url}/ogc/collections/initiatives/items?limit=1`).then((r) => r.json())
    const text = await gdal(OGRINFO, ['-ro', '-so', `OAPIF:${server.url}/ogc`, 'initiatives'])
    expect(text).toContain(`Feature Count: ${numberMatched}`)
    expect(text).toMatch(/^name: String/m)
    expect(text).toMatch(/^legal_form: String/m)
  })

  it('ogr2ogr copies every published initiative into a GeoPackage by pages, accents intact', async () => {
    const rows = await published()
    const pageSize = 50
    expect(rows.length).toBeGreaterThan(pageSize * 2)
    const gpkg = join(folder, 'archipel.gpkg')
    await gdal(OGR2OGR, ['-f', 'GPKG', gpkg, `OAPIF:${server.url}/ogc`, 'initiatives', '-oo', `PAGE_SIZE=${pageSize}`])
    const copy = JSON.parse(await gdal(OGR2OGR, ['-f', 'GeoJSON', '/vsistdout/', gpkg, 'initiatives', '-select', 'id,name']))
    const read = copy.features.map((f: { properties: { id: string; name: string } }) => f.properties)
      .sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1))
    expect(read).toEqual(rows)
    expect(rows.some(({ name }) => /[éèêàçô]/.test(name))).toBe(true)
  })

  it('ogr2ogr copies every published event, online ones without geometry included', async () => {
    const { numberMatched } = await fetch(`${server.url}/ogc/collections/events/items?limit=1`).then((r) => r.json())
    const gpkg = join(folder, 'agenda.gpkg')
    await gdal(OGR2OGR, ['-f', 'GPKG', gpkg, `OAPIF:${server.url}/ogc`, 'events'])
    expect(numberMatched).toBeGreaterThan(10)
    expect(await gdal(OGRINFO, ['-ro', '-so', gpkg, 'events'])).toContain(`Feature Count: ${numberMatched}`)
  })

  it('OWSLib reads the conformance, the collections and a bbox query that agrees with GET /api/initiatives?bbox=', async () => {
    const script = `
import json, sys
from owslib.ogcapi.features import Features
api = Features(sys.argv[1])
items = api.collection_items('initiatives', bbox=${JSON.stringify(TOURS)}, limit=1000)
print(json.dumps({
  'conformsTo': api.conformance()['conformsTo'],
  'collections': [c['id'] for c in api.collections()['collections']],
  'matched': items['numberMatched'],
  'ids': sorted(f['id'] for f in items['features']),
}))`
    const answer = JSON.parse((await run(PYTHON, ['-c', script, `${server.url}/ogc`], { timeout: 60_000 })).stdout)
    expect(answer.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core')
    expect(answer.collections).toEqual(['initiatives', 'rooms', 'events'])
    const api = await fetch(`${server.url}/api/initiatives?bbox=${TOURS.join(',')}&limit=1000`).then((r) => r.json())
    expect(answer.matched).toBe(api.numberMatched)
    expect(answer.ids).toEqual(api.features.map((f: { id: string }) => f.id).sort())
    expect(answer.ids.length).toBeGreaterThan(0)
  })
})
