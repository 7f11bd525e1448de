/**
 * The address search relayed to a geocoder speaking the Base Adresse
 * Nationale format — here a small local HTTP server answering like
 * api-adresse.data.gouv.fr does.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

const banAnswer = {
  type: 'FeatureCollection',
  version: 'draft',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0.688946, 47.394144] },
      properties: { label: '12 Rue Nationale 37000 Tours', score: 0.97, housenumber: '12', postcode: '37000', citycode: '37261', city: 'Tours', type: 'housenumber' },
    },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [999, 47] }, properties: { label: 'hors limites' } },
    { type: 'Feature', geometry: null, properties: { label: 'sans point' } },
  ],
  query: '12 rue nationale tours',
}

describe('address search (GEOCODER_URL)', () => {
  let remote: Server
  let remoteUrl: string
  const asked: URL[] = []
  let t: TestApp
  let unconfigured: TestApp

  beforeAll(async () => {
    remote = createServer((request, response) => {
      const url = new URL(request.url!, 'http://geocoder.test')
      asked.push(url)
      if (url.searchParams.get('q') === 'panne') {
        response.writeHead(503).end()
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(banAnswer))
    })
    await new Promise<void>((resolve) => remote.listen(0, '127.0.0.1', resolve))
    remoteUrl = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`
    t = await buildTestApp({ env: { GEOCODER_URL: remoteUrl } })
    unconfigured = await buildTestApp()
  })
  afterAll(async () => {
    await t?.close()
    await unconfigured?.close()
    await new Promise((resolve) => remote?.close(resolve))
  })

  it('turns a typed address into a point and a commune, skipping malformed answers', async () => {
    const response = await t.app.inject({ url: '/api/geocode?q=12%20rue%20nationale%20tours&limit=3' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      results: [{ label: '12 Rue Nationale 37000 Tours', coordinates: [0.688946, 47.394144], commune: '37261', postcode: '37000' }],
    })
    const last = asked.at(-1)!
    expect(last.pathname).toBe('/search/')
    expect(last.searchParams.get('q')).toBe('12 rue nationale tours')
    expect(last.searchParams.get('limit')).toBe('3')
  })

  it('answers 502 problem+json when the geocoder fails', async () => {
    const response = await t.app.inject({ url: '/api/geocode?q=panne' })
    expect(response.statusCode).toBe(502)
    expect(response.headers['content-type']).toContain('application/problem+json')
  })

  it('refuses a too short query, naming the field', async () => {
    const response = await t.app.inject({ url: '/api/geocode?q=ab' })
    expect(response.statusCode).toBe(400)
    expect(JSON.stringify(response.json())).toContain('q')
  })

  it('is absent (404) when no geocoder is configured, and settings say so', async () => {
    expect((await unconfigured.app.inject({ url: '/api/geocode?q=tours' })).statusCode).toBe(404)
    expect((await unconfigured.app.inject({ url: '/api/settings' })).json().geocoder).toBe(false)
    expect((await t.app.inject({ url: '/api/settings' })).json().geocoder).toBe(true)
  })
})
