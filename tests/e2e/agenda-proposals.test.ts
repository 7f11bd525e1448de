/**
 * Proposing an event in a real browser over a real server with the demo
 * data: the server's field errors beside their fields; the whole story of a
 * citizen's proposal — kept out of the agenda until a moderator approves it,
 * then in the agenda and in the iCalendar feed; and a member's event for
 * their organisation, at its address, published at once.
 */
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { OccurrenceCollection } from '../../web/api/events.js'
import { addDays, formatDay, parisDay } from '../../web/format/paris-time.js'
import { weekdayOf } from '../../web/format/recurrence-text.js'
import { SESSION_COOKIE } from '../../server/http/auth.js'
import { createTestAccount, initiativeId } from '../helpers/accounts.js'
import { newContext, runBrowserTests } from '../helpers/browser.js'
import { testClock } from '../helpers/clock.js'
import { browserTimeout, frenchContext, testTimeout, useAgendaSite } from './agenda-site.js'

describe.runIf(runBrowserTests)('proposing an event', () => {
  const site = useAgendaSite()
  const { api, openAgenda } = site

  it('shows the server\u2019s field errors next to their fields', async () => {
    const page = await site.context.newPage()
    try {
      await page.goto(`${site.server.url}/agenda/proposer`)
      const day = addDays(parisDay(testClock().toISOString()), 30)
      await page.getByLabel('Titre').fill('Un atelier au lien douteux')
      await page.getByLabel('Date de début').fill(day)
      await page.getByLabel('Heure de début').fill('10:00')
      await page.getByLabel('Date de fin').fill(day)
      await page.getByLabel('Heure de fin').fill('12:00')
      await page.getByRole('radio', { name: 'En ligne' }).check()
      await page.getByLabel(/Adresse de l\u2019événement en ligne/).fill('https://visio.example.org/atelier')
      await page.getByLabel('Organisateur').fill('Collectif test')
      await page.getByLabel(/Lien d\u2019inscription/).fill('ftp://example.org/inscription')
      await page.getByRole('button', { name: 'Envoyer la proposition' }).click()
      const error = page.locator('archipel-propose-event-page #error-registration_url')
      await error.waitFor({ timeout: browserTimeout })
      expect(await error.textContent()).toMatch(/http/)
      expect(await page.locator('archipel-propose-event-page .summary').textContent()).toContain('corrigez les champs signalés')
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('takes a citizen\u2019s proposal, keeps it out until a moderator approves it, then lists and feeds it', async () => {
    // A Tuesday three weeks ahead, repeated weekly for four weeks, the second one excepted.
    let first = addDays(parisDay(testClock().toISOString()), 21)
    while (weekdayOf(first) !== 'TU') first = addDays(first, 1)
    const word = `Kestrel${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`
    const title = `Atelier vélo ${word}`
    const page = await site.context.newPage()
    try {
      await page.goto(`${site.server.url}/agenda/proposer`)
      await page.getByLabel('Titre').fill(title)
      await page.getByLabel('Description').fill('Réparer son vélo ensemble ; outils fournis,\nvenez avec une chambre à air.')
      await page.getByLabel('Type d\u2019événement').selectOption('atelier')
      await page.getByLabel('Date de début').fill(first)
      await page.getByLabel('Heure de début').fill('18:30')
      await page.getByLabel('Date de fin').fill(first)
      await page.getByLabel('Heure de fin').fill('20:30')
      await page.getByLabel('Se répète').selectOption('weekly')
      expect(await page.getByRole('checkbox', { name: 'mardi' }).isChecked()).toBe(true)
      await page.getByRole('radio', { name: 'Jusqu\u2019au' }).check()
      await page.getByLabel('Dernier jour de la répétition').fill(addDays(first, 21))
      await page.getByRole('button', { name: 'Ajouter une exception' }).click()
      await page.getByLabel('Exception 1').fill(addDays(first, 7))
      await page.getByRole('radio', { name: 'À une adresse' }).check()
      await page.locator('#address').fill('12 rue Colbert, 37000 Tours')
      const commune = page.getByRole('combobox', { name: 'Commune' })
      await commune.fill('Tours')
      await page.getByRole('option', { name: /^Tours Commune/ }).click()
      await page.getByLabel('Longitude').fill('0.6906')
      await page.getByLabel('Latitude').fill('47.3958')
      await page.getByLabel('Organisateur').fill('Collectif Vélorution Tours')
      await page.getByLabel(/Votre adresse e-mail/).fill('citoyenne@example.org')
      await page.getByRole('button', { name: 'Envoyer la proposition' }).click()
      const confirmation = page.locator('archipel-propose-event-page .confirmation')
      await confirmation.waitFor({ timeout: browserTimeout })
      expect(await confirmation.textContent()).toContain('attend la relecture')

      const search = `/api/events?q=${word}&to=${encodeURIComponent(`${addDays(first, 60)}T00:00:00+01:00`)}`
      expect((await api<OccurrenceCollection>(search)).numberMatched).toBe(0)

      const [row] = await site.server.database.query<{ id: string; status: string; rrule: string; exdates: string[] }>(
        sql`SELECT id, status, rrule, exdates FROM events WHERE title = ${title}`)
      expect(row).toMatchObject({ status: 'pending', exdates: [`${addDays(first, 7)}T18:30:00`] })
      expect(row!.rrule).toMatch(/^FREQ=WEEKLY;BYDAY=TU;UNTIL=\d{8}T\d{6}Z$/)

      // Approved through the moderation API (H2's route), as a moderator.
      const moderator = await createTestAccount(site.server, { role: 'moderator' })
      const approval = await site.server.app.inject({ method: 'POST', url: `/api/moderation/events/${row!.id}/approve`, cookies: moderator.cookies, payload: {} })
      expect(approval.statusCode).toBe(204)

      const listed = await api<OccurrenceCollection>(search)
      expect(listed.features.map((feature) => parisDay(feature.properties.occurrence_start)))
        .toEqual([first, addDays(first, 14), addDays(first, 21)])

      const agenda = await openAgenda(`/agenda?q=${word}`)
      expect(await agenda.locator('archipel-agenda-day-list li .title').first().textContent()).toBe(title)
      expect(await agenda.locator('archipel-agenda-day-list li .time').first().textContent()).toBe('18\u00a0h\u00a030 – 20\u00a0h\u00a030')
      expect(await agenda.locator('archipel-agenda-day-list [role=heading]').first().textContent()).toBe(formatDay(first, 'fr'))
      await agenda.close()

      const feed = await (await fetch(`${site.server.url}/feeds/events.ics`)).text()
      expect(feed).toContain(`UID:${row!.id}@127.0.0.1`)
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('publishes at once the event a member proposes for their organisation, at its address', async () => {
    const organisationId = await initiativeId(site.server, 'CRIDEV')
    const member = await createTestAccount(site.server, { organisations: [organisationId] })
    const signedIn = await newContext(site.browser, frenchContext)
    await signedIn.addCookies([{ name: SESSION_COOKIE, value: member.token, url: site.server.url }])
    const day = addDays(parisDay(testClock().toISOString()), 10)
    const word = `Heron${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`
    const title = `Porte ouverte ${word}`
    try {
      const page = await signedIn.newPage()
      await page.goto(`${site.server.url}/agenda/proposer`)
      await page.getByLabel('Organisé par').selectOption({ label: 'CRIDEV' })
      await page.getByLabel('Titre').fill(title)
      await page.getByLabel('Type d\u2019événement').selectOption('porte_ouverte')
      await page.getByLabel('Date de début').fill(day)
      await page.getByLabel('Heure de début').fill('14:00')
      await page.getByLabel('Date de fin').fill(day)
      await page.getByLabel('Heure de fin').fill('17:00')
      await page.getByRole('radio', { name: 'À l\u2019adresse de l\u2019organisation' }).check()
      await page.getByRole('button', { name: 'Envoyer la proposition' }).click()
      const confirmation = page.locator('archipel-propose-event-page .confirmation')
      await confirmation.waitFor({ timeout: browserTimeout })
      expect(await confirmation.textContent()).toContain('publié')

      const listed = await api<OccurrenceCollection>(`/api/events?q=${word}`)
      expect(listed.features.map((feature) => [feature.properties.title, feature.properties.organiser_id])).toEqual([[title, organisationId]])
      const eventId = listed.features[0]!.properties.event_id
      expect(await confirmation.getByRole('link', { name: 'Voir l\u2019événement' }).getAttribute('href')).toBe(`/evenements/${eventId}`)
    } finally {
      await signedIn.close()
    }
  }, testTimeout)
})
