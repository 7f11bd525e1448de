/**
 * Every absolute link comes from the configured public address — never from
 * Host nor X-Forwarded-Host, even behind a trusted proxy: a forged header
 * must not turn a password-reset e-mail into a link to the attacker's site.
 * Without PUBLIC_URL the links point to http://localhost:PORT.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../server/accounts/passwords.js'
import { loadConfig } from '../../server/config.js'
import { createTestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.js'
import { createOrganisation, createRoom, parisTime } from './loans-fixtures.js'

/** What an attacker sends to steer the links to their own site. */
const FORGED = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }
const NOW = new Date('2027-03-01T09:00:00Z')

describe.each([
  { name: 'without PUBLIC_URL', env: {} as Record<string, string>, origin: 'http://localhost:3000' },
  { name: 'with PUBLIC_URL', env: { PUBLIC_URL: 'https://carte.example.org/' }, origin: 'https://carte.example.org' },
])('absolute links $name, behind a trusted proxy, with a forged Host and X-Forwarded-Host', ({ env, origin }) => {
  let t: TestApp
  let smtp: TestSmtpServer
  let webDist: string

  beforeAll(async () => {
    smtp = await startSmtpServer()
    webDist = await mkdtemp(join(tmpdir(), 'archipel-links-'))
    await writeFile(join(webDist, 'index.html'), '<!doctype html>\n<html lang="fr">\n  <head>\n    <meta charset="utf-8">\n    <title>Archipel</title>\n  </head>\n  <body></body>\n</html>')
    t = await buildTestApp({ env: { ...env, SMTP_URL: smtp.url, TRUST_PROXY: '1', WEB_DIST: webDist }, clock: () => NOW })
  })
  afterAll(async () => {
    await t?.close()
    await smtp?.close()
    await rm(webDist, { recursive: true, force: true })
  })

  const links = (text: string) => text.match(/https?:\/\/[^\s"<>]+/g) ?? []

  it('e-mails a password-reset link to the configured address', async () => {
    const account = await createTestAccount(t)
    await t.database.query(sql`UPDATE accounts SET password_hash = ${await hashPassword('une phrase de passe ancienne')} WHERE id = ${account.id}`)
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset', headers: FORGED, payload: { email: account.email } })
    expect(response.statusCode).toBe(202)
    const mail = await smtp.waitFor((m) => m.to.includes(account.email))
    expect(links(mail.text).some((l) => l.startsWith(`${origin}/mot-de-passe/nouveau?token=`))).toBe(true)
    for (const link of links(mail.text)) expect(link.startsWith(`${origin}/`)).toBe(true)
    expect(mail.text).not.toContain('evil.example')
  })

  it('e-mails an invitation link to the configured address', async () => {
    const admin = await createTestAccount(t, { role: 'admin' })
    const email = `invite-${Date.now()}@example.org`
    const response = await t.app.inject({
      method: 'POST', url: '/api/accounts', headers: FORGED, cookies: admin.cookies,
      payload: { email, display_name: 'Camille', role: 'member' },
    })
    expect(response.statusCode, response.body).toBe(201)
    const mail = await smtp.waitFor((m) => m.to.includes(email))
    expect(links(mail.text).some((l) => l.startsWith(`${origin}/mot-de-passe/nouveau?token=`))).toBe(true)
    expect(mail.text).not.toContain('evil.example')
  })

  it('answers and e-mails a loan cancel link to the configured address', async () => {
    const room = await createRoom(t, await createOrganisation(t, 'Maison des associations'))
    const response = await t.app.inject({
      method: 'POST', url: `/api/rooms/${room}/loans`, headers: FORGED,
      payload: {
        start: parisTime('2027-03-10T10:00'), end: parisTime('2027-03-10T12:00'), purpose: 'Répétition', people: 5,
        requester_name: 'Chorale', requester_email: 'chorale@example.org',
      },
    })
    expect(response.statusCode, response.body).toBe(201)
    expect(response.json().cancel_url.startsWith(`${origin}/demandes/`)).toBe(true)
    const mail = await smtp.waitFor((m) => m.to.includes('chorale@example.org'))
    expect(mail.text).toContain(response.json().cancel_url)
    expect(mail.text).not.toContain('evil.example')
  })

  it('links the agenda feeds and the OpenGraph address to the configured address', async () => {
    for (const url of ['/feeds/events.ics', '/feeds/events.atom', '/']) {
      const response = await t.app.inject({ url, headers: FORGED })
      expect(response.statusCode, url).toBe(200)
      expect(response.body, url).toContain(`${origin}/`)
      expect(response.body, url).not.toContain('evil.example')
    }
  })
})

describe('the public address setting', () => {
  it('defaults to http://localhost:PORT and says it was not configured', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({ publicUrl: 'http://localhost:8080', publicUrlConfigured: false })
  })

  it('is required when NODE_ENV=production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_URL/)
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://carte.example.org' }).publicUrlConfigured).toBe(true)
  })
})
