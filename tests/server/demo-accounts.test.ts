/**
 * On the embedded demo, the hosts' member accounts share the demo admin's
 * printed password, so a visitor can answer loan requests by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDemoMemberAccounts } from '../../seed/demo/load.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'

describe('demo member accounts', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp({ demo: true }) })
  afterAll(async () => { await t?.close() })

  it('get the demo password once, then sign in with it as members of their organisation', async () => {
    const emails = await openDemoMemberAccounts(t.database, 'mot de passe de démo')
    expect(emails.length).toBeGreaterThanOrEqual(5)
    expect(emails).toContain('salles+radiance@example.org')
    expect(await openDemoMemberAccounts(t.database, 'un autre')).toEqual([])

    const login = await t.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: 'salles+radiance@example.org', password: 'mot de passe de démo' },
    })
    expect(login.statusCode).toBe(204)
    const cookie = login.cookies.find((c) => c.name === 'archipel_session')!
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { archipel_session: cookie.value } })
    expect(me.json()).toMatchObject({ role: 'member', organisations: [{ name: 'Mutuelle Radiance' }] })
  })
})
