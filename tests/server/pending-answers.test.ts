/**
 * Every write left for review answers one shape (server/shared/pending-schemas.ts),
 * whether it proposes an initiative, changes one or proposes an event: a
 * client reads `id`, `status`, `revision_id`, `possible_duplicates` and
 * `notices` the same way everywhere, and the OpenAPI document says so.
 */
import { Value } from 'typebox/value'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PendingAnswer } from '../../server/shared/pending-schemas.js'
import { initiativeId } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { eventBody } from './events-write-fixtures.js'

const initiative = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0.7012, 47.3901] },
  properties: {
    name: 'Atelier vélo des Tanneurs', categories: ['mobilite'], legal_form: 'association',
    address: '12 rue des Tanneurs, 37000 Tours', commune: '37261',
  },
}

describe('the answer of a write left for review (202)', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp({ demo: true, env: { RATE_LIMIT_WRITES: '1000' } }) })
  afterAll(async () => { await t?.close() })

  const write = (method: 'POST' | 'PATCH', url: string, payload: object) => t.app.inject({ method, url, payload })

  it('is one shape for a new initiative, a change of one and a new event', async () => {
    const published = await initiativeId(t, 'Repair Café Tours Nord')
    const answers = [
      await write('POST', '/api/initiatives', initiative),
      await write('PATCH', `/api/initiatives/${published}`, { properties: { description: 'Le samedi matin aussi.' } }),
      await write('POST', '/api/events', eventBody(null, { proposer_email: 'moi@example.org' })),
    ]
    for (const answer of answers) {
      expect(answer.statusCode, answer.body).toBe(202)
      const body = answer.json()
      expect(Value.Errors(PendingAnswer, body), answer.body).toEqual([])
      expect(Object.keys(body).sort()).toEqual(['id', 'notices', 'possible_duplicates', 'revision_id', 'status'])
    }
    const [proposal, change, event] = answers.map((answer) => answer.json())
    expect(change.id).toBe(published)
    expect(proposal.revision_id).toEqual(expect.any(String))
    expect(change.revision_id).toEqual(expect.any(String))
    // An event is itself what the moderators decide on.
    expect(event.revision_id).toBeNull()
  })

  it('is the one 202 schema of the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json()
    const pending = Object.entries(document.paths as Record<string, Record<string, { responses?: Record<string, unknown> }>>)
      .flatMap(([path, operations]) => Object.entries(operations).filter(([, operation]) => operation.responses?.['202'])
        .map(([method, operation]) => [`${method} ${path}`, JSON.stringify(operation.responses!['202'])] as const))
      .filter(([operation]) => !operation.includes('password-reset'))
    expect(pending.map(([operation]) => operation).sort()).toEqual(['patch /api/events/{id}', 'patch /api/initiatives/{id}', 'post /api/events', 'post /api/initiatives'])
    expect(new Set(pending.map(([, schema]) => schema)).size).toBe(1)
  })
})
