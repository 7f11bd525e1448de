import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.js'
import { createOrganisation, createRoom, parisDay, parisTime } from './loans-fixtures.js'
import { testClock } from '../helpers/clock.js'

describe('e-mails about loans', () => {
  let smtp: TestSmtpServer
  let t: TestApp
  let room: string
  let borrower: string
  let hostMembers: TestAccount[]
  let borrowerMember: TestAccount
  let day = 1

  beforeAll(async () => {
    smtp = await startSmtpServer()
    t = await buildTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://archipel.example.org', SITE_NAME: 'Archipel Touraine' } })
    const host = await createOrganisation(t, 'Maison des associations')
    borrower = await createOrganisation(t, 'Collectif vélo')
    room = await createRoom(t, host, { name: 'Grande salle', capacity: 30 })
    hostMembers = [await createTestAccount(t, { organisations: [host] }), await createTestAccount(t, { organisations: [host] })]
    borrowerMember = await createTestAccount(t, { organisations: [borrower] })
  })
  afterAll(async () => {
    await t?.close()
    await smtp?.close()
  })

  const slot = (from: string, to: string) => {
    const date = parisDay(testClock(), ++day)
    return { start: parisTime(`${date}T${from}`), end: parisTime(`${date}T${to}`) }
  }
  const ask = async (payload: Record<string, unknown>, account?: TestAccount) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/rooms/${room}/loans`, payload, cookies: account?.cookies })
    expect(response.statusCode, response.body).toBe(201)
    return response.json() as { id: string; cancel_url?: string }
  }
  const to = (address: string, subject: string) => (mail: { to: string[]; subject: string }) =>
    mail.to.includes(address.toLowerCase()) && mail.subject.includes(subject)

  it('tells every member of the host organisation of a new request, in French', async () => {
    await ask({ ...slot('14:00', '16:00'), purpose: 'Atelier réparation ; vélos', people: 8, requester_organisation_id: borrower }, borrowerMember)
    for (const member of hostMembers) {
      const mail = await smtp.waitFor(to(member.email, 'Nouvelle demande de prêt : Grande salle'))
      expect(mail.text).toContain('Collectif vélo demande à emprunter la salle « Grande salle »')
      expect(mail.text).toContain('à 14:00')
      expect(mail.text).toContain('Atelier réparation ; vélos')
      expect(mail.text).toContain('https://archipel.example.org/mes-salles')
    }
  })

  it('sends a person without account the secret cancel link', async () => {
    const loan = await ask({ ...slot('19:00', '21:00'), purpose: 'Répétition', people: 12,
      requester_name: 'Chorale du quartier', requester_email: 'Chorale@Example.org' })
    expect(loan.cancel_url).toMatch(new RegExp(`^https://archipel\\.example\\.org/demandes/${loan.id}/annuler\\?token=[\\w-]{43}$`))
    const mail = await smtp.waitFor(to('chorale@example.org', 'Votre demande de prêt : Grande salle'))
    expect(mail.text).toContain(loan.cancel_url)
    expect(mail.text).toContain('Bonjour Chorale du quartier')
  })

  it("tells the requester of the host's decision, with the host's message", async () => {
    const loan = await ask({ ...slot('09:00', '12:00'), purpose: 'Formation', people: 10, requester_organisation_id: borrower }, borrowerMember)
    const response = await t.app.inject({
      method: 'POST', url: `/api/loans/${loan.id}/approve`, cookies: hostMembers[0]!.cookies,
      payload: { message: 'Les clés sont à prendre à l’accueil.\nBonne formation !' },
    })
    expect(response.statusCode, response.body).toBe(200)
    const mail = await smtp.waitFor(to(borrowerMember.email, 'Demande acceptée : Grande salle'))
    expect(mail.text).toContain('a été acceptée')
    expect(mail.text).toContain('Les clés sont à prendre à l’accueil.\nBonne formation !')
  })

  it('tells the host when the requester withdraws', async () => {
    const loan = await ask({ ...slot('17:00', '18:00'), purpose: 'Réunion', people: 5, requester_organisation_id: borrower }, borrowerMember)
    const response = await t.app.inject({ method: 'POST', url: `/api/loans/${loan.id}/cancel`, cookies: borrowerMember.cookies, payload: {} })
    expect(response.statusCode, response.body).toBe(200)
    const mail = await smtp.waitFor(to(hostMembers[1]!.email, 'Demande annulée : Grande salle'))
    expect(mail.text).toContain('Collectif vélo a annulé sa demande')
  })
})
