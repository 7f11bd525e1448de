/**
 * Every creation of a resource a client can read answers 201 with its
 * Location (RFC 9110 §15.3.2), and the OpenAPI document says so. Read from
 * the document, so that a new creation route cannot forget it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

type Operation = { responses?: Record<string, { headers?: Record<string, unknown> }> }

describe('every 201 of a readable resource says where it is', () => {
  let t: TestApp
  let paths: Record<string, Record<string, Operation>>

  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    paths = (await t.app.inject({ url: '/api/openapi.json' })).json().paths
  })
  afterAll(async () => { await t?.close() })

  /** POST routes answering 201, and whether a GET of one item sits below them. */
  const creations = () => Object.entries(paths).flatMap(([path, operations]) => {
    const created = operations.post?.responses?.['201']
    if (!created) return []
    const readable = Object.keys(paths).some((other) => /^\{[a-z_]+\}$/.test(other.slice(path.length + 1)) && other.startsWith(`${path}/`)
      && paths[other]!.get !== undefined)
    return [{ path, readable, location: created.headers?.location !== undefined }]
  })

  it('declares Location on the 201 of initiatives, rooms, events and programmes', () => {
    const readable = creations().filter((creation) => creation.readable)
    expect(readable.map(({ path }) => path).sort()).toEqual(['/api/events', '/api/initiatives', '/api/programmes', '/api/rooms'])
    expect(readable.filter(({ location }) => !location).map(({ path }) => path)).toEqual([])
  })

  it('declares no Location where nothing can be read back (loan requests, reports, categories, accounts)', () => {
    const unreadable = creations().filter((creation) => !creation.readable)
    expect(unreadable.length).toBeGreaterThan(0)
    expect(unreadable.filter(({ location }) => location).map(({ path }) => path)).toEqual([])
  })
})
