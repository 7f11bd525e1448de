import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMailer } from '../../../server/mail/mailer.js'
import { startSmtpServer, type TestSmtpServer } from '../../helpers/smtp.js'

const silentLog = { warn: () => {}, error: () => {} }

describe('the mailer', () => {
  let smtp: TestSmtpServer
  beforeAll(async () => { smtp = await startSmtpServer() })
  afterAll(async () => { await smtp?.close() })

  it('delivers plain-text French mail to a real SMTP server', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, siteName: 'Archipel', publicUrl: 'https://archipel.example', log: silentLog })
    await mailer.send({ to: 'Éloïse@example.org', subject: 'Votre proposition « Café ; vélo »', text: 'Décision : publiée.\n<b>pas de balise</b>' })
    mailer.close()
    const mail = await smtp.waitFor((m) => m.subject.includes('Café'))
    expect(mail.to).toEqual(['éloïse@example.org'])
    expect(mail.from).toBe('no-reply@archipel.example')
    expect(mail.text).toContain('Décision : publiée.\n<b>pas de balise</b>')
  })

  it('does nothing without SMTP_URL, and a dead server does not throw', async () => {
    const off = createMailer({ smtpUrl: undefined, siteName: 'Archipel', publicUrl: undefined, log: silentLog })
    expect(off.enabled).toBe(false)
    await off.send({ to: 'a@example.org', subject: 's', text: 't' })
    const errors: unknown[] = []
    const dead = createMailer({ smtpUrl: 'smtp://127.0.0.1:9', siteName: 'Archipel', publicUrl: undefined, log: { warn: () => {}, error: (e: unknown) => errors.push(e) } })
    await dead.send({ to: 'a@example.org', subject: 's', text: 't' })
    dead.close()
    expect(errors).toHaveLength(1)
  })
})
