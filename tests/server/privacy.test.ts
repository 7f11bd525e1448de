import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ERASE_AFTER_MONTHS, ERASED_EMAILS } from '../../server/privacy/retention.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('privacy notice', () => {
  let t: TestApp

  beforeAll(async () => {
    t = await buildTestApp({ env: { LEGAL_NOTICE_URL: 'https://example.org/mentions-legales' } })
  })
  afterAll(async () => { await t?.close() })

  it('lists every e-mail the erasure task erases, with the same delay, in French and English', async () => {
    const response = await t.app.inject({ url: '/api/privacy' })
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.erase_after_months).toBe(ERASE_AFTER_MONTHS)
    for (const { table, column } of ERASED_EMAILS) {
      const item = body.items.find((i: { id: string }) => i.id === `${table}.${column}`)
      expect(item.retention.fr).toContain(`${ERASE_AFTER_MONTHS} mois`)
      expect(item.retention.en).toContain(`${ERASE_AFTER_MONTHS} months`)
      expect(item.public).toBe(false)
    }
  })

  it('says how long sessions and one-time links last, and names the legal notice', async () => {
    const body = (await t.app.inject({ url: '/api/privacy' })).json()
    const byId = (id: string) => body.items.find((i: { id: string }) => i.id === id)
    expect(byId('sessions').retention.fr).toContain('30 jours')
    expect(byId('account_tokens').retention.en).toContain('7 days')
    expect(body.legal_notice_url).toBe('https://example.org/mentions-legales')
  })
})
