import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { createTestAccount, initiativeId } from '../helpers/accounts.js'

describe('test accounts', () => {
  let t: TestApp
  beforeAll(async () => { t = await buildTestApp({ demo: true }) })
  afterAll(async () => { await t?.close() })

  it('are signed in with their role and organisations', async () => {
    const organisation = await initiativeId(t, 'Mutuelle Radiance')
    const member = await createTestAccount(t, { organisations: [organisation] })
    const me = await t.app.inject({ url: '/api/auth/me', cookies: member.cookies })
    expect(me.json()).toMatchObject({ id: member.id, role: 'member', organisations: [{ id: organisation, name: 'Mutuelle Radiance' }] })
    const moderator = await createTestAccount(t, { role: 'moderator' })
    expect((await t.app.inject({ url: '/api/auth/me', cookies: moderator.cookies })).json()).toMatchObject({ role: 'moderator', organisations: [] })
  })
})
