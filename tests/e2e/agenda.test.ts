/**
 * The agenda in a real browser over a real server with the demo data: the
 * list by day in Paris time (also for a visitor whose computer is in
 * Montreal), filters in the address, the subscription box, an event's page,
 * and the whole story of a proposed event — proposed by a citizen, kept out
 * of the agenda until a moderator approves it, then in the agenda and in the
 * iCalendar feed; and a member's event for their organisation, at its
 * address, published at once. Needs the built client: `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AgendaEvent, OccurrenceCollection, Programme } from '../../web/api/events.js'
import { addDays, formatDay, formatTimeRange, formatWhen, parisDay } from '../../web/format/paris-time.js'
import { weekdayOf } from '../../web/format/recurrence-text.js'
import { SESSION_COOKIE } from '../../server/http/auth.js'
import { createTestAccount, initiativeId } from '../helpers/accounts.js'
import { startTestServer } from '../helpers/app.js'
import { launchBrowser, newContext, runBrowserTests } from '../helpers/browser.js'
import { testClock } from '../helpers/clock.js'

/** The built client; WEB_DIST (as for the server) lets a run use its own build while others rebuild dist/. */
const webDist = process.env.WEB_DIST ?? fileURLToPath(new URL('../../dist/web', import.meta.url))
const builtIndex = `${webDist}/index.html`
const startupTimeout = 120_000
const browserTimeout = 60_000
/** A test opens a few pages on a shared, busy machine. */
const testTimeout = 3 * browserTimeout

describe.runIf(runBrowserTests)('agenda pages', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    if (!existsSync(builtIndex)) throw new Error('dist/web/index.html is missing: run npm run build first')
    server = await startTestServer({ demo: true, env: { WEB_DIST: webDist } })
    browser = await launchBrowser()
    context = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
  }, startupTimeout)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const api = async <T>(path: string): Promise<T> => {
    const response = await server.app.inject({ method: 'GET', url: path })
    expect(response.statusCode).toBe(200)
    return response.json() as T
  }

  /** A page of the site, its first list of days drawn. */
  const openAgenda = async (path: string, within: BrowserContext = context): Promise<Page> => {
    const page = await within.newPage()
    await page.goto(`${server.url}${path}`)
    await page.locator('archipel-agenda-day-list li').first().waitFor({ timeout: browserTimeout })
    return page
  }

  /** What the list shows first: its day heading and the first occurrence's hours and title. */
  const firstShown = async (page: Page) => ({
    day: (await page.locator('archipel-agenda-day-list [role=heading]').first().textContent())?.trim(),
    time: (await page.locator('archipel-agenda-day-list li .time').first().textContent())?.trim(),
    title: (await page.locator('archipel-agenda-day-list li .title').first().textContent())?.trim(),
  })

  /** The first timed occurrence the API lists from now (the demo data has many). */
  const expectedFirst = async () => {
    const { features } = await api<OccurrenceCollection>('/api/events?limit=1')
    const first = features[0]!.properties
    return {
      day: formatDay(parisDay(first.occurrence_start), 'fr'),
      time: first.all_day ? 'Toute la journée' : formatTimeRange(first.occurrence_start, first.occurrence_end, 'fr'),
      title: first.title,
    }
  }

  it('lists the demo events by day, with hours in Paris time', async () => {
    const page = await openAgenda('/agenda')
    try {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Agenda citoyen')
      expect(await firstShown(page)).toEqual(await expectedFirst())
      expect(await page.locator('archipel-agenda-day-list [role=heading]').count()).toBeGreaterThan(5)
      // The page leads to the form, from the agenda's own navigation.
      expect(await page.getByRole('navigation', { name: 'Agenda' }).getByRole('link').textContent()).toBe('Proposer un événement')
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('shows Paris times to a visitor whose computer is set to Montreal', async () => {
    const montreal = await newContext(browser, { locale: 'fr-CA', timezoneId: 'America/Montreal' })
    try {
      const page = await openAgenda('/agenda', montreal)
      // The browser really is five hours behind UTC in winter (ICU names the zone America/Toronto).
      expect(await page.evaluate(() => new Date('2026-01-15T12:00:00Z').getTimezoneOffset())).toBe(300)
      expect(await firstShown(page)).toEqual(await expectedFirst())
    } finally {
      await montreal.close()
    }
  }, testTimeout)

  it('filters by kind: the address and the list follow', async () => {
    const page = await openAgenda('/agenda')
    try {
      const { numberMatched } = await api<OccurrenceCollection>('/api/events?kind=atelier&limit=5000')
      expect(numberMatched).toBeGreaterThan(0)
      await page.locator('#filter-kind').selectOption('atelier')
      await page.waitForURL((url) => url.searchParams.get('kind') === 'atelier', { timeout: browserTimeout })
      const kinds = page.locator('archipel-agenda-day-list li .kind')
      await expect.poll(() => kinds.count(), { timeout: browserTimeout }).toBe(numberMatched)
      expect(new Set(await kinds.allTextContents())).toEqual(new Set(['Atelier']))
      // Read back from the address on a fresh load.
      const reloaded = await openAgenda('/agenda?kind=atelier')
      expect(await reloaded.locator('#filter-kind').inputValue()).toBe('atelier')
      expect(await reloaded.locator('archipel-agenda-day-list li').count()).toBe(numberMatched)
      await reloaded.close()
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('offers the feed of the current filters as https and webcal links, and copies it', async () => {
    const page = await openAgenda('/agenda?kind=atelier&territory=departement:37')
    try {
      const https = await page.locator('#feed-https').inputValue()
      const webcal = await page.locator('#feed-webcal').inputValue()
      const host = new URL(server.url).host
      expect(https).toBe(`http://${host}/feeds/events.ics?kind=atelier&territory=departement%3A37`)
      expect(webcal).toBe(`webcal://${host}/feeds/events.ics?kind=atelier&territory=departement%3A37`)
      const feed = await fetch(https)
      expect(feed.status).toBe(200)
      expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/)
      await page.getByRole('button', { name: 'Copier l\u2019adresse webcal://' }).click()
      await expect.poll(() => page.locator('archipel-agenda-subscribe [role=status]').textContent()).toBe('Copié')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(webcal)
      expect(await page.getByRole('link', { name: 'Flux Atom des prochains événements' }).getAttribute('href'))
        .toBe(`http://${host}/feeds/events.atom?kind=atelier&territory=departement%3A37`)
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('shows an event\u2019s date in words, in Paris time, and its calendar file', async () => {
    const { features } = await api<OccurrenceCollection>('/api/events?limit=500')
    const single = features.find((feature) => !feature.properties.rrule && !feature.properties.all_day && feature.properties.status === 'published')!
    const event = await api<AgendaEvent>(`/api/events/${single.properties.event_id}`)
    const page = await context.newPage()
    try {
      await page.goto(`${server.url}/evenements/${event.id}`)
      await page.locator('archipel-event-page .when').waitFor({ timeout: browserTimeout })
      expect(await page.locator('archipel-event-page .when').textContent())
        .toBe(formatWhen(event.properties.start, event.properties.end, false, 'fr'))
      expect(await page.locator('archipel-event-page .when').textContent()).toMatch(/^\w+ \d{1,2} \S+ \d{4}, de \d{1,2}\u00a0h/)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(event.properties.title)
      expect(await page.title()).toBe(event.properties.title)
      expect(await page.getByRole('link', { name: /Ajouter à mon agenda/ }).getAttribute('href')).toBe(`/feeds/events/${event.id}.ics`)
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('shows a month as a grid that the keyboard walks through, the month kept in the address', async () => {
    const page = await openAgenda('/agenda')
    try {
      await page.getByRole('button', { name: 'Mois' }).click()
      await page.waitForURL((url) => url.searchParams.get('view') === 'month', { timeout: browserTimeout })
      const grid = page.locator('archipel-agenda-month-grid')
      const month = new URL(page.url()).searchParams.get('month')!
      expect(month).toBe(parisDay(testClock().toISOString()).slice(0, 7))
      const { features } = await api<OccurrenceCollection>(`/api/events?limit=5000&from=${encodeURIComponent(`${month}-01T00:00:00+01:00`)}`)
      const inMonth = features.find((feature) => parisDay(feature.properties.occurrence_start).startsWith(month))
      if (inMonth) {
        const day = parisDay(inMonth.properties.occurrence_start)
        await expect.poll(() => grid.locator(`td[data-day="${day}"] a`).allTextContents(), { timeout: browserTimeout })
          .toContain(inMonth.properties.title)
      }
      const focused = grid.locator('td[tabindex="0"]')
      const start = (await focused.getAttribute('data-day'))!
      await focused.focus()
      const focusedDay = () => grid.evaluate((element) => element.shadowRoot!.activeElement?.getAttribute('data-day'))
      await page.keyboard.press('ArrowRight')
      await expect.poll(focusedDay).toBe(addDays(start, 1))
      await page.keyboard.press('ArrowDown')
      await expect.poll(focusedDay).toBe(addDays(start, 8))
      // Going down may have left the month: the page turned with the focus.
      const before = new URL(page.url()).searchParams.get('month')!
      expect(before).toBe(addDays(start, 8).slice(0, 7))
      await page.keyboard.press('PageDown')
      await page.waitForURL((url) => url.searchParams.get('month') !== before, { timeout: browserTimeout })
      const next = new URL(page.url()).searchParams.get('month')!
      expect(next > before).toBe(true)
      await expect.poll(async () => (await focusedDay())?.slice(0, 7)).toBe(next)
      // Back returns to the month before.
      await page.goBack()
      await page.waitForURL((url) => url.searchParams.get('month') === before, { timeout: browserTimeout })
      await expect.poll(() => grid.getAttribute('month')).toBe(String(Number(before.slice(5))))
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('filters by territory chosen in the territory search', async () => {
    const page = await openAgenda('/agenda')
    try {
      const combobox = page.getByRole('combobox', { name: 'Territoire' })
      await combobox.fill('Indre-et-Loire')
      await page.getByRole('option', { name: /^Indre-et-Loire/ }).first().click()
      await page.waitForURL((url) => url.searchParams.get('territory') === 'departement:37', { timeout: browserTimeout })
      const { numberMatched } = await api<OccurrenceCollection>('/api/events?territory=departement:37&limit=5000')
      await expect.poll(() => page.locator('archipel-agenda-day-list li').count(), { timeout: browserTimeout }).toBe(numberMatched)
      expect(await page.locator('#feed-https').inputValue()).toContain('territory=departement%3A37')
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('tells how a recurring event repeats, in French', async () => {
    const { features } = await api<OccurrenceCollection>('/api/events?limit=5000')
    const monthly = features.find((feature) => feature.properties.rrule === 'FREQ=MONTHLY;BYDAY=1TU')!
    const page = await context.newPage()
    try {
      await page.goto(`${server.url}/evenements/${monthly.properties.event_id}`)
      const recurrence = page.locator('archipel-event-page .recurrence')
      await recurrence.waitFor({ timeout: browserTimeout })
      expect(await recurrence.textContent()).toBe('le 1er mardi de chaque mois')
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('keeps a cancelled event\u2019s page, with a banner saying it is cancelled', async () => {
    const { features } = await api<OccurrenceCollection>('/api/events?limit=5000&to=' + encodeURIComponent(`${addDays(parisDay(testClock().toISOString()), 360)}T00:00:00+01:00`))
    const cancelled = features.find((feature) => feature.properties.status === 'cancelled')!
    const page = await context.newPage()
    try {
      await page.goto(`${server.url}/evenements/${cancelled.properties.event_id}`)
      await page.getByText('Cet événement est annulé.').waitFor({ timeout: browserTimeout })
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(cancelled.properties.title)
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('links the programmes not over yet to their pages, which cover their whole period', async () => {
    const today = parisDay(testClock().toISOString())
    const { items } = await api<{ items: Programme[] }>('/api/programmes')
    const coming = items.filter((item) => item.end_date >= today)
    expect(coming.length).toBeGreaterThan(0)
    const page = await openAgenda('/agenda')
    try {
      const nav = page.getByRole('navigation', { name: 'Programmes en cours et à venir' })
      await nav.getByRole('link').first().waitFor({ timeout: browserTimeout })
      expect((await nav.getByRole('link').allTextContents()).sort()).toEqual(coming.map((item) => item.title).sort())
      const first = [...coming].sort((x, y) => x.start_date.localeCompare(y.start_date))[0]!
      await nav.getByRole('link', { name: first.title }).focus()
      await page.keyboard.press('Enter')
      await page.waitForURL(`${server.url}/programmes/${first.slug}`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(first.title)
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('shows a programme\u2019s events by day, its feed, and prints as a clean paper programme', async () => {
    const { items } = await api<{ items: Programme[] }>('/api/programmes')
    const programme = items.find((item) => item.event_count > 0)!
    const page = await context.newPage()
    try {
      await page.goto(`${server.url}/programmes/${programme.slug}`)
      await page.locator('archipel-programme-page archipel-agenda-day-list li').first().waitFor({ timeout: browserTimeout })
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(programme.title)
      const shown = new Set(await page.locator('archipel-programme-page archipel-agenda-day-list li').evaluateAll(
        (items) => items.map((item) => item.getAttribute('data-event-id'))))
      expect(shown.size).toBe(programme.event_count)
      const host = new URL(server.url).host
      expect(await page.locator('#feed-webcal').inputValue()).toBe(`webcal://${host}/feeds/programmes/${programme.slug}.ics`)
      expect(await page.locator('#feed-https').inputValue()).toBe(`http://${host}/feeds/programmes/${programme.slug}.ics`)

      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('archipel-app header').isVisible()).toBe(false)
      expect(await page.getByRole('button', { name: 'Imprimer le programme' }).isVisible()).toBe(false)
      expect(await page.locator('archipel-agenda-subscribe').isVisible()).toBe(false)
      const firstItem = page.locator('archipel-programme-page archipel-agenda-day-list li').first()
      expect(await firstItem.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid')
      expect(await firstItem.locator('.print-url').textContent()).toMatch(new RegExp(`^http://${host}/evenements/`))
      expect(await firstItem.locator('.title').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)')
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('shows the server\u2019s field errors next to their fields', async () => {
    const page = await context.newPage()
    try {
      await page.goto(`${server.url}/agenda/proposer`)
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
    const page = await context.newPage()
    try {
      await page.goto(`${server.url}/agenda/proposer`)
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

      const [row] = await server.database.query<{ id: string; status: string; rrule: string; exdates: string[] }>(
        sql`SELECT id, status, rrule, exdates FROM events WHERE title = ${title}`)
      expect(row).toMatchObject({ status: 'pending', exdates: [`${addDays(first, 7)}T18:30:00`] })
      expect(row!.rrule).toMatch(/^FREQ=WEEKLY;BYDAY=TU;UNTIL=\d{8}T\d{6}Z$/)

      // Approved through the moderation API (H2's route), as a moderator.
      const moderator = await createTestAccount(server, { role: 'moderator' })
      const approval = await server.app.inject({ method: 'POST', url: `/api/moderation/events/${row!.id}/approve`, cookies: moderator.cookies, payload: {} })
      expect(approval.statusCode).toBe(204)

      const listed = await api<OccurrenceCollection>(search)
      expect(listed.features.map((feature) => parisDay(feature.properties.occurrence_start)))
        .toEqual([first, addDays(first, 14), addDays(first, 21)])

      const agenda = await openAgenda(`/agenda?q=${word}`)
      expect(await agenda.locator('archipel-agenda-day-list li .title').first().textContent()).toBe(title)
      expect(await agenda.locator('archipel-agenda-day-list li .time').first().textContent()).toBe('18\u00a0h\u00a030 – 20\u00a0h\u00a030')
      expect(await agenda.locator('archipel-agenda-day-list [role=heading]').first().textContent()).toBe(formatDay(first, 'fr'))
      await agenda.close()

      const feed = await (await fetch(`${server.url}/feeds/events.ics`)).text()
      expect(feed).toContain(`UID:${row!.id}@127.0.0.1`)
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('publishes at once the event a member proposes for their organisation, at its address', async () => {
    const organisationId = await initiativeId(server, 'CRIDEV')
    const member = await createTestAccount(server, { organisations: [organisationId] })
    const signedIn = await newContext(browser, { locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } })
    await signedIn.addCookies([{ name: SESSION_COOKIE, value: member.token, url: server.url }])
    const day = addDays(parisDay(testClock().toISOString()), 10)
    const word = `Heron${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`
    const title = `Porte ouverte ${word}`
    try {
      const page = await signedIn.newPage()
      await page.goto(`${server.url}/agenda/proposer`)
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
