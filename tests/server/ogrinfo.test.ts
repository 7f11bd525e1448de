/**
 * GIS tools read the map: GDAL's ogrinfo (Debian gdal-bin) opens the list of
 * initiatives over HTTP. Skipped with a note on a machine without it; in CI
 * (CI=true) it always runs, and fails if ogrinfo is missing.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../helpers/app.js'

const OGRINFO = '/usr/bin/ogrinfo'
const runOgrTests = existsSync(OGRINFO) || process.env.CI === 'true'
if (!runOgrTests) console.warn(`ogrinfo tests skipped: ${OGRINFO} not found (apt-get install gdal-bin)`)

const run = promisify(execFile)

describe.runIf(runOgrTests)('GDAL reads the initiatives', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => { server = await startTestServer({ demo: true }) })
  afterAll(async () => { await server?.close() })

  /** ogrinfo's summary of a GeoJSON URL; run asynchronously, since this process serves the request. */
  const summary = async (path: string) => (await run(OGRINFO, ['-ro', '-al', '-so', `GeoJSON:${server.url}${path}`],
    { timeout: 60_000, env: { ...process.env, GDAL_HTTP_TIMEOUT: '60', CPL_VSIL_CURL_USE_HEAD: 'NO' } })).stdout

  it('counts as many features in the list as numberMatched', async () => {
    const list = await fetch(`${server.url}/api/initiatives?limit=5000`).then((r) => r.json())
    const text = await summary('/api/initiatives?limit=5000')
    expect(text).toMatch(/Geometry: Point/)
    expect(text).toContain(`Feature Count: ${list.numberMatched}`)
    expect(text).toMatch(/^name: String/m)
  })

  it('counts as many features in the GeoJSON export', async () => {
    const list = await fetch(`${server.url}/api/initiatives?limit=1`).then((r) => r.json())
    expect(await summary('/api/initiatives.geojson')).toContain(`Feature Count: ${list.numberMatched}`)
  })
})
