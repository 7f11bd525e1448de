/**
 * The agenda and rooms widgets on a partner's page (SPEC §6), in a real
 * browser, on another origin with hostile CSS: `<archipel-agenda>` lists the
 * coming dates of its filter as the API does, links each to its page on the
 * Archipel server in a new tab, offers the whole agenda and its feed, turns
 * to a month grid, and never loads MapLibre; `<archipel-rooms>` shows the
 * rooms of its filters on the map and in its list. Both are also iframe
 * pages. Needs the built client.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import type { OccurrenceCollection } from '../../web/api/events.js'
import { runBrowserTests } from '../helpers/browser.js'
import { hostileCss, usePartnerSite, widgetTimeout as timeout } from './partner-site.js'

const page = (title: string, body: string) => (archipel: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${title}</title><style>${hostileCss}</style>
<script type="module" src="${archipel}/embed.js"></script></head><body><h1>${title}</h1>${body}</body></html>`

describe.runIf(runBrowserTests)('the agenda and rooms widgets on a partner site', () => {
  const site = usePartnerSite({
    '/agenda': page('Les ateliers du quartier', '<archipel-agenda kind="atelier" limit="8"></archipel-agenda>'),
    '/salles': page('Salles à prêter', '<archipel-rooms capacity_min="20" height="360px"></archipel-rooms>'),
    '/cadre': (archipel) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cadre</title></head><body>
      <iframe title="Agenda" style="width: 600px; height: 500px" src="${archipel}/embed/agenda?kind=atelier&amp;limit=8"></iframe></body></html>`,
  })
  let agenda: Page
  const loadedScripts: string[] = []

  beforeAll(async () => {
    agenda = await site.context.newPage()
    agenda.on('request', (request) => loadedScripts.push(request.url()))
    agenda.on('console', (message) => { if (message.type() === 'error') site.errors.push(message.text()) })
    await agenda.goto(`${site.url}/agenda`)
  }, timeout)

  const widget = () => agenda.locator('archipel-agenda')

  it('lists the coming dates of its filter as the API does, each linking to its page in a new tab', async () => {
    const expected = await site.api<OccurrenceCollection>('/api/events?kind=atelier&limit=8')
    expect(expected.features.length).toBeGreaterThan(1)
    const titles = widget().locator('archipel-agenda-day-list li .title')
    await expect.poll(() => titles.count(), { timeout }).toBe(expected.features.length)
    expect(await titles.allTextContents()).toEqual(expected.features.map((occurrence) => occurrence.properties.title))
    const first = titles.first()
    expect(await first.getAttribute('href')).toBe(`${site.archipel.url}/evenements/${expected.features[0]!.properties.event_id}`)
    expect(await first.getAttribute('target')).toBe('_blank')
    expect(await widget().getByRole('status').textContent()).toBe(`${expected.features.length} dates`)
    // The day headings are the widget's, at the level it was given (3 by default), in French.
    expect(await widget().getByRole('heading', { level: 3 }).first().textContent()).toMatch(/^[a-z]+ \d{1,2} [a-zéû]+ \d{4}$/)
  }, timeout)

  it('offers the whole agenda and its feed for the same filter, and credits the data', async () => {
    const whole = widget().getByRole('link', { name: /Tout l’agenda/ })
    expect(await whole.getAttribute('href')).toBe(`${site.archipel.url}/agenda?kind=atelier`)
    expect(await widget().getByRole('link', { name: 'S’abonner (iCal)' }).getAttribute('href'))
      .toBe(`${site.archipel.url}/feeds/events.ics?kind=atelier`)
    expect((await widget().locator('.credit').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Données : Archipel — ODbL')
    // An agenda draws no map: MapLibre is never downloaded.
    expect(loadedScripts.filter((url) => /maplibre|archipel-point-map/.test(url))).toEqual([])
    expect(site.errors).toEqual([])
  }, timeout)

  it('turns to a month grid when its view changes, and its months turn', async () => {
    await widget().evaluate((element) => element.setAttribute('view', 'month'))
    const grid = widget().locator('archipel-agenda-month-grid')
    await grid.getByRole('table').waitFor({ timeout })
    const title = await grid.getByRole('heading', { level: 2 }).textContent()
    await grid.getByRole('button', { name: /Mois suivant/ }).click()
    await expect.poll(() => grid.getByRole('heading', { level: 2 }).textContent(), { timeout }).not.toBe(title)
    expect(site.errors).toEqual([])
  }, timeout)

  it('is also a page to put in an iframe', async () => {
    const framing = await site.open('/cadre')
    const titles = framing.frameLocator('iframe').locator('archipel-agenda archipel-agenda-day-list li .title')
    await expect.poll(() => titles.count(), { timeout }).toBe(8)
    await framing.close()
    expect(site.errors).toEqual([])
  }, timeout)

  it('shows the rooms of its filters on the map and in its list, linking to their pages', async () => {
    const rooms = await site.open('/salles')
    const expected = (await site.api<{ features: { id: string; properties: { name: string } }[] }>('/api/rooms?capacity_min=20&limit=5000')).features
    expect(expected.length).toBeGreaterThan(0)
    const map = rooms.locator('archipel-rooms archipel-point-map')
    await expect.poll(() => map.getAttribute('data-loaded-features'), { timeout }).toBe(String(expected.length))
    const names = rooms.locator('archipel-rooms archipel-room-list li .name')
    expect(await names.allTextContents()).toEqual(expected.map((room) => room.properties.name))
    expect(await names.first().getAttribute('href')).toBe(`${site.archipel.url}/salles/${expected[0]!.id}`)
    await rooms.locator('archipel-rooms').evaluate((element) => element.setAttribute('capacity_min', '1000'))
    await expect.poll(() => names.count(), { timeout }).toBe(0)
    await rooms.close()
    expect(site.errors).toEqual([])
  }, timeout)
})
