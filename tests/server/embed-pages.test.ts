/**
 * The iframe pages of the widgets (SPEC §6): /embed/map may be framed by
 * any site and carries its query string into the widget's attributes,
 * escaped; a bad parameter is a 400 naming it; every other page still
 * refuses to be framed by another site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('the iframe page of the map widget', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp() })
  afterAll(async () => { await t?.close() })

  it('may be framed by any site and gives the widget its attributes', async () => {
    const response = await t.app.inject({ url: '/embed/map?category=alimentation,habitat&territory=departement:37&view=list&lang=en' })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.headers['content-security-policy']).toContain('frame-ancestors *')
    expect(response.headers['x-frame-options']).toBeUndefined()
    expect(response.body).toContain('<script type="module" src="/embed.js"></script>')
    expect(response.body).toMatch(/<archipel-map category="alimentation,habitat" territory="departement:37" view="list" lang="en" height="[^"]+"><\/archipel-map>/)
    expect(response.body).toContain('<html lang="en">')
  })

  it('writes a hostile search as attribute text', async () => {
    const q = '"><script>alert(1)</script><b x="'
    const response = await t.app.inject({ url: `/embed/map?q=${encodeURIComponent(q)}` })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.body).not.toContain('<script>alert')
    expect(response.body).toContain('q="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;b x=&#34;"')
  })

  it('refuses an unknown or malformed parameter, naming it', async () => {
    for (const [query, field] of [['colour=red', 'colour'], ['bbox=1,2,3', 'bbox'], ['view=globe', 'view'], ['category=Alimentation!', 'category']]) {
      const response = await t.app.inject({ url: `/embed/map?${query}` })
      expect(response.statusCode, query).toBe(400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.json().errors.map((error: { field: string }) => error.field), query).toContain(field)
    }
  })

  it('leaves every other page unframable by other sites', async () => {
    for (const url of ['/', '/carte', '/moderation', '/mes-salles', '/api/settings']) {
      const response = await t.app.inject({ url })
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'self'")
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN')
    }
  })
})
