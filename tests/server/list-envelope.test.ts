/**
 * One list envelope (SPEC section 4): places are FeatureCollections, every
 * other list is `{items, numberMatched?, links}`; `links` holds `self` and,
 * only when more remain, `next`. Read from the OpenAPI document, so that a
 * new list route cannot come with another shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

/** Not lists of resources: a full download (SPEC: streamed, unpaged) and the privacy notice, a document. */
const NOT_PAGED = new Set(['/api/initiatives.geojson', '/api/privacy'])

interface Schema { type?: string; properties?: Record<string, Schema>; required?: string[] }
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }

describe('every list has the one envelope', () => {
  let t: TestApp
  let document: { paths: Record<string, Record<string, Operation>> }

  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    document = (await t.app.inject({ url: '/api/openapi.json' })).json()
  })
  afterAll(async () => { await t?.close() })

  /** The GET routes whose answer is a list, with the name of their array. */
  const lists = () => Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.values(operations.get?.responses?.['200']?.content ?? {}).flatMap(({ schema }) => {
      const array = ['items', 'features'].find((name) => schema?.properties?.[name]?.type === 'array')
      return array && !NOT_PAGED.has(path) ? [{ path, array, schema: schema! }] : []
    }))

  it('declares links beside the items of every list, and a FeatureCollection for places', () => {
    const found = lists()
    expect(found.map(({ path }) => path)).toEqual(expect.arrayContaining([
      '/api/initiatives', '/api/rooms', '/api/events', '/api/loans', '/api/accounts', '/api/moderation/queue',
      '/api/categories', '/api/programmes', '/api/territories', '/api/initiatives/{id}/history',
    ]))
    const wrong = found.filter(({ array, schema }) =>
      !schema.required?.includes('links') || (array === 'features' && schema.properties?.type === undefined))
    expect(wrong.map(({ path }) => path)).toEqual([])
  })

  it.each([
    ['/api/categories', '/api/categories'],
    ['/api/programmes', '/api/programmes'],
    ['/api/territories?q=tours&limit=3', '/api/territories?q=tours&limit=3'],
  ])('answers %s with items and its self link only (nothing more to page)', async (url, self) => {
    const body = (await t.app.inject({ url })).json()
    expect(body.items.length).toBeGreaterThan(0)
    expect(body.links).toEqual([{ href: self, rel: 'self' }])
  })
})
