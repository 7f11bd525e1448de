/**
 * A property of the whole API, checked route by route from its own OpenAPI
 * document, so that a route added tomorrow is attacked too: whatever values
 * are put in its path, query string or body (NUL, lone surrogates, control
 * characters, numbers too large to be finite, arrays where strings go…), it
 * never answers 5xx, and a refused request changes no row.
 *
 * Bodies start from a sample the schema allows and have one field replaced,
 * so that the hostile value reaches the code behind validation rather than
 * being stopped at the first missing field. fast-check prints the seed and
 * the smallest failing request when it finds one.
 */
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { databaseDigest } from '../helpers/database-digest.js'
import { CORE_JSON, CORE_TEXTS, hostileJson, hostileText, placesOf, sampleOf, setAt, withValueAt, type Schema } from './hostile-values.js'

interface Operation {
  method: string
  path: string
  parameters: Array<{ in: 'path' | 'query' | 'header'; name: string; schema?: Schema }>
  body?: Schema
}

/** Logging out would end the session the other requests use. */
const SKIPPED = new Set(['POST /api/auth/logout'])
/** Random requests per route, after the sweep of core values. */
const RUNS_PER_ROUTE = 25

function operationsOf(document: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    parameters: (operation.parameters ?? []) as Operation['parameters'],
    body: (operation.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content?.['application/json']?.schema,
  }))).filter((operation) => !SKIPPED.has(`${operation.method} ${operation.path}`))
}

/** Every byte of the text percent-encoded: a lone surrogate becomes U+FFFD's bytes, as in any client. */
const pathSegment = (text: string) => [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')

/** A request to the operation with hostile values in some of its parts. */
function requests(operation: Operation) {
  const pathNames = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name)
  const queryNames = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name)
  const path = fc.record(Object.fromEntries(pathNames.map((name) => [name, fc.oneof(fc.uuid(), hostileText)])))
  const query = fc.dictionary(queryNames.length > 0 ? fc.constantFrom(...queryNames) : fc.constant('unknown'),
    fc.oneof(hostileText, fc.array(hostileText, { minLength: 2, maxLength: 3 })), { maxKeys: 3 })
  const body = operation.body === undefined ? fc.constant(undefined)
    : fc.oneof({ weight: 4, arbitrary: withValueAt(operation.body, sampleOf(operation.body)) }, { weight: 1, arbitrary: hostileJson })
  return fc.record({ path, query, body, signedIn: fc.boolean() })
}

type Request = { path: Record<string, string>; query: Record<string, string | string[]>; body: unknown; signedIn: boolean }

/** Before the random ones: each core value in each parameter and each body field, one at a time, signed in. */
function sweep(operation: Operation): Array<[Request]> {
  const path = Object.fromEntries(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, randomUUID()]))
  const body = operation.body === undefined ? undefined : sampleOf(operation.body)
  const base: Request = { path, query: {}, body, signedIn: true }
  const requests: Request[] = operation.parameters.flatMap((parameter) => CORE_TEXTS.map((text) =>
    parameter.in === 'path' ? { ...base, path: { ...path, [parameter.name]: text } }
    : parameter.in === 'query' ? { ...base, query: { [parameter.name]: text } } : base))
  if (operation.body !== undefined) {
    for (const place of placesOf(operation.body)) for (const value of CORE_JSON) requests.push({ ...base, body: setAt(body, place, value) })
  }
  return requests.map((request) => [request])
}

describe('no route answers 5xx or changes anything for hostile input', () => {
  let t: TestApp
  let admin: TestAccount

  beforeAll(async () => {
    t = await buildTestApp({ demo: true, env: { RATE_LIMIT_WRITES: '100000', RATE_LIMIT_LOGINS: '100000', RATE_LIMIT_CLIENT_LOGINS: '100000' } })
    admin = await createTestAccount(t, { role: 'admin' })
  })
  afterAll(async () => { await t?.close() })

  it('holds for every operation of the OpenAPI document', async () => {
    const operations = operationsOf(t.app.swagger() as never)
    expect(operations.length).toBeGreaterThan(60)
    const failures: string[] = []
    for (const operation of operations) {
      const before = await databaseDigest(t.database)
      let accepted = false
      // fast-check counts the examples within numRuns.
      const examples = sweep(operation)
      try {
        await fc.assert(fc.asyncProperty(requests(operation), async ({ path, query, body, signedIn }) => {
          const url = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => pathSegment(path[name] ?? ''))
          const search = new URLSearchParams()
          for (const [name, value] of Object.entries(query)) for (const one of [value].flat()) search.append(name, one)
          const response = await t.app.inject({
            method: operation.method as 'GET', url: `${url}${search.size > 0 ? `?${search}` : ''}`,
            headers: { 'sec-fetch-site': 'same-origin', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
            ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
            ...(signedIn ? { cookies: admin.cookies } : {}),
          })
          if (response.statusCode < 400) accepted = true
          expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500)
          if (response.statusCode >= 400) expect(response.headers['content-type']).toContain('application/problem+json')
        }), { examples, numRuns: examples.length + RUNS_PER_ROUTE })
      } catch (error) {
        failures.push(`${operation.method} ${operation.path}: ${(error as Error).message.slice(0, 1500)}`)
        continue
      }
      // A read never writes; a write all of whose requests were refused wrote nothing.
      if (operation.method === 'GET' || !accepted) {
        if (await databaseDigest(t.database) !== before) failures.push(`${operation.method} ${operation.path} changed rows`)
      }
    }
    expect(failures).toEqual([])
  }, 900_000)
})
