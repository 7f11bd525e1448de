import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('system routes, documentation and the web client', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp({ env: { SITE_NAME: 'Réseau test', MAP_BOUNDS: '-2,47,1,49' } })
  })
  afterAll(async () => { await t?.close() })

  it('answers /health with status ok', async () => {
    const response = await t.app.inject({ url: '/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok' })
  })

  it('answers /ready with the engine once the database is migrated', async () => {
    const response = await t.app.inject({ url: '/ready' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ready', engine: t.database.engine })
  })

  it('gives clients the site name and map bounds of the configuration', async () => {
    const response = await t.app.inject({ url: '/api/settings' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ site_name: 'Réseau test', map_bounds: [-2, 47, 1, 49] })
  })

  it('publishes an OpenAPI 3 document listing the initiatives and territories', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    const document = response.json()
    expect(document.openapi).toMatch(/^3\./)
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/initiatives', '/api/territories']))
  })

  it('serves a browsable API documentation page at /api/docs', async () => {
    let response = await t.app.inject({ url: '/api/docs' })
    for (let hops = 0; response.statusCode >= 300 && response.statusCode < 400 && hops < 3; hops++) {
      const location = new URL(String(response.headers.location), 'http://localhost/api/docs')
      response = await t.app.inject({ url: `${location.pathname}${location.search}` })
    }
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/html')
    expect(response.body).toMatch(/<html/i)
  })

  it('lists the 19 default categories with French labels and colours', async () => {
    const response = await t.app.inject({ url: '/api/categories' })
    expect(response.statusCode).toBe(200)
    const { items } = response.json() as { items: { slug: string; label: string; colour: string }[] }
    expect(items).toHaveLength(19)
    for (const item of items) expect(item.colour).toMatch(/^#[0-9a-f]{6}$/i)
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ slug: 'energie', label: 'Énergie' }),
      expect.objectContaining({ slug: 'reemploi-recyclage', label: 'Réemploi & recyclage' }),
      expect.objectContaining({ slug: 'education-formation', label: 'Éducation & formation' }),
    ]))
  })

  it('answers an unknown API path with a 404 problem', async () => {
    const response = await t.app.inject({ url: '/api/nothing' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect(response.json()).toMatchObject({ status: 404, title: expect.any(String) })
  })

  it('answers a client route such as /carte with the web client', async () => {
    const response = await t.app.inject({ url: '/carte' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/html')
    // The built page, with the site's metadata written into its head (page-meta.test.ts).
    const built = await readFile(join(t.config.webDist, 'index.html'), 'utf8')
    expect(response.body).toContain(/<script type="module"[^>]*><\/script>/.exec(built)![0])
  })

  it('answers a malformed JSON body sent to a read-only path with a client error, not a 500', async () => {
    for (const url of ['/api/initiatives', '/api/territories']) {
      const response = await t.app.inject({
        method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{',
      })
      expect(response.statusCode).toBeGreaterThanOrEqual(400)
      expect(response.statusCode).toBeLessThan(500)
      expect(response.headers['content-type']).toContain('application/problem+json')
    }
  })
})
