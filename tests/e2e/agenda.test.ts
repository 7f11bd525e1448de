/**
 * The agenda in a real browser over a real server with the demo data: the
 * list by day in Paris time (also for a visitor whose computer is in
 * Montreal), filters in the address, the subscription box, the month grid,
 * an event's page and the programmes. Proposing events: agenda-proposals.test.ts.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { AgendaEvent, OccurrenceCollection, Programme } from '../../web/api/events.js'
import { addDays, formatDay, formatTimeRange, formatWhen, parisDay } from '../../web/format/paris-time.js'
import { newContext, runBrowserTests } from '../helpers/browser.js'
import { testClock } from '../helpers/clock.js'
import { browserTimeout, testTimeout, useAgendaSite } from './agenda-site.js'

describe.runIf(runBrowserTests)('agenda pages', () => {
  const site = useAgendaSite()
  const { api, openAgenda } = site

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
      // The page leads to the form and to the share page, from the agenda's own navigation.
      expect(await page.getByRole('navigation', { name: 'Agenda' }).getByRole('link').allTextContents()).toEqual(['Proposer un événement', 'Partager / intégrer'])
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('shows Paris times to a visitor whose computer is set to Montreal', async () => {
    const montreal = await newContext(site.browser, { locale: 'fr-CA', timezoneId: 'America/Montreal' })
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
      const host = new URL(site.server.url).host
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
    const page = await site.context.newPage()
    try {
      await page.goto(`${site.server.url}/evenements/${event.id}`)
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
    const page = await site.context.newPage()
    try {
      await page.goto(`${site.server.url}/evenements/${monthly.properties.event_id}`)
      const recurrence = page.locator('archipel-event-page .recurrence')
      await recurrence.waitFor({ timeout: browserTimeout })
      expect(await recurrence.textContent()).toBe('le 1er mardi de chaque mois')
      // Its page opens on its next date, not on its first one, long past; the dates after it follow.
      const event = await api<AgendaEvent>(`/api/events/${monthly.properties.event_id}`)
      const [next, ...later] = event.properties.upcoming_occurrences
      expect(Date.parse(event.properties.start)).toBeLessThan(testClock().getTime())
      expect(await page.locator('archipel-event-page .when').textContent()).toBe(formatWhen(next!.start, next!.end, false, 'fr'))
      expect(await page.locator('archipel-event-page .next li').allTextContents()).toEqual(later.map((date) => formatWhen(date.start, date.end, false, 'fr')))
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('keeps a cancelled event\u2019s page, with a banner saying it is cancelled', async () => {
    const { features } = await api<OccurrenceCollection>('/api/events?limit=5000&to=' + encodeURIComponent(`${addDays(parisDay(testClock().toISOString()), 360)}T00:00:00+01:00`))
    const cancelled = features.find((feature) => feature.properties.status === 'cancelled')!
    const page = await site.context.newPage()
    try {
      await page.goto(`${site.server.url}/evenements/${cancelled.properties.event_id}`)
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
      await page.waitForURL(`${site.server.url}/programmes/${first.slug}`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(first.title)
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('shows a programme\u2019s events by day, its feed, and prints as a clean paper programme', async () => {
    const { items } = await api<{ items: Programme[] }>('/api/programmes')
    const programme = items.find((item) => item.event_count > 0)!
    const page = await site.context.newPage()
    try {
      await page.goto(`${site.server.url}/programmes/${programme.slug}`)
      await page.locator('archipel-programme-page archipel-agenda-day-list li').first().waitFor({ timeout: browserTimeout })
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(programme.title)
      const shown = new Set(await page.locator('archipel-programme-page archipel-agenda-day-list li').evaluateAll(
        (items) => items.map((item) => item.getAttribute('data-event-id'))))
      expect(shown.size).toBe(programme.event_count)
      const host = new URL(site.server.url).host
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
})
