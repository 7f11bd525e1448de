/**
 * The iframe pages of the widgets (SPEC §6): /embed/map, /embed/agenda and
 * /embed/rooms may be framed by any site and carry their query string into the widget's attributes,
 * escaped; a bad parameter is a 400 naming it; every other page still
 * refuses to be framed by another site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('the iframe pages of the widgets', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp() })
  afterAll(async () => { await t?.close() })

  it('may be framed by any site and gives the widget its attributes', async () => {
    const response = await t.app.inject({ url: '/embed/map?category=alimentation,habitat&territory=departement:37&legal_form=scop,scic&view=list&lang=en' })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.headers['content-security-policy']).toContain('frame-ancestors *')
    expect(response.headers['x-frame-options']).toBeUndefined()
    expect(response.body).toContain('<script type="module" src="/embed.js"></script>')
    expect(response.body).toMatch(/<archipel-map category="alimentation,habitat" territory="departement:37" legal_form="scop,scic" view="list" lang="en" height="[^"]+"><\/archipel-map>/)
    expect(response.body).toContain('<html lang="en">')
  })

  it('gives the agenda and the rooms widgets their attributes too', async () => {
    const agenda = await t.app.inject({ url: '/embed/agenda?kind=porte_ouverte,atelier&programme=mois-de-l-ess-2026&view=month&limit=12' })
    expect(agenda.statusCode, agenda.body).toBe(200)
    expect(agenda.headers['content-security-policy']).toContain('frame-ancestors *')
    expect(agenda.body).toMatch(/<archipel-agenda kind="porte_ouverte,atelier" programme="mois-de-l-ess-2026" view="month" limit="12" lang="fr" height="[^"]+"><\/archipel-agenda>/)
    expect(agenda.body).toContain('<title>Agenda — ')
    const rooms = await t.app.inject({ url: '/embed/rooms?capacity_min=20&equipment=wifi,sono&step_free=true&territory=commune:35238' })
    expect(rooms.statusCode, rooms.body).toBe(200)
    expect(rooms.headers['x-frame-options']).toBeUndefined()
    expect(rooms.body).toMatch(/<archipel-rooms capacity_min="20" equipment="wifi,sono" step_free="true" territory="commune:35238" lang="fr" height="[^"]+"><\/archipel-rooms>/)
  })

  it('opens a map on a point at a zoom', async () => {
    const response = await t.app.inject({ url: '/embed/rooms?center=-1.6778,48.1173&zoom=14.5' })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.body).toContain('<archipel-rooms center="-1.6778,48.1173" zoom="14.5" lang="fr"')
  })

  it('writes a hostile search as attribute text', async () => {
    const q = '"><script>alert(1)</script><b x="'
    const response = await t.app.inject({ url: `/embed/map?q=${encodeURIComponent(q)}` })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.body).not.toContain('<script>alert')
    expect(response.body).toContain('q="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;b x=&#34;"')
  })

  it('refuses an unknown or malformed parameter, naming it', async () => {
    for (const [url, field] of [
      ['/embed/map?colour=red', 'colour'], ['/embed/map?bbox=1,2,3', 'bbox'], ['/embed/map?view=globe', 'view'],
      ['/embed/map?category=Alimentation!', 'category'], ['/embed/agenda?view=map', 'view'], ['/embed/agenda?kind=Atelier', 'kind'],
      ['/embed/agenda?limit=0', 'limit'], ['/embed/agenda?bbox=0,0,1,1', 'bbox'], ['/embed/rooms?capacity_min=beaucoup', 'capacity_min'],
      ['/embed/rooms?step_free=oui', 'step_free'], ['/embed/rooms?q=salle', 'q'], ['/embed/map?legal_form=sarl', 'legal_form'],
      ['/embed/map?center=0.68', 'center'], ['/embed/map?zoom=-2', 'zoom'], ['/embed/agenda?center=0.68,47.39', 'center'],
    ]) {
      const response = await t.app.inject({ url })
      expect(response.statusCode, url).toBe(400)
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(response.json().errors.map((error: { field: string }) => error.field), url).toContain(field)
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
