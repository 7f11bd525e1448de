/**
 * The map widget on a partner's page (SPEC §6), in a real browser: a page
 * of another origin, with hostile CSS, loads /embed.js from the Archipel
 * server (twice, as two script tags would) and shows `<archipel-map>`
 * filtered to a category — points on the map, the same initiatives in its
 * list, the data credit, links to the full pages in a new tab, and an
 * attribute changed after load updating it; a map opened on a town whose
 * list follows the map as it moves. Needs the built client.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { runBrowserTests } from '../helpers/browser.js'
import { hostileCss, usePartnerSite, widgetTimeout as timeout } from './partner-site.js'

/** A partner's page: its own CSS would break anything it reached. */
const partnerPage = (archipel: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Mairie de Tours — l'ESS près de chez vous</title>
<style>${hostileCss}</style>
<script type="module" src="${archipel}/embed.js"></script>
<script type="module" src="${archipel}/embed.js?twice"></script>
</head><body><h1>L'ESS à Tours</h1>
<archipel-map category="alimentation" height="400px"></archipel-map>
<p id="after">Texte de la page partenaire.</p></body></html>`

/** A town hall's page: its town at street zoom, the list holding what the map shows. */
const townPage = (archipel: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Ville de Tours</title>
<script type="module" src="${archipel}/embed.js"></script></head><body>
<archipel-map center="0.6889,47.3941" zoom="13" height="400px"></archipel-map></body></html>`

/** A partner that can only paste an iframe. */
const framingPage = (archipel: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Le journal</title></head><body><h1>Le journal</h1>
<iframe title="Carte de l'ESS" style="width: 900px; height: 500px" src="${archipel}/embed/map?category=alimentation"></iframe></body></html>`

describe.runIf(runBrowserTests)('the map widget on a partner site', () => {
  const site = usePartnerSite({ '/': partnerPage, '/journal': framingPage, '/tours': townPage })
  let page: Page
  const count = async (query: string) => (await site.api<{ features: unknown[] }>(`/api/initiatives?${query}&limit=5000`)).features.length

  beforeAll(async () => { page = await site.open('/') }, timeout)

  const widget = () => page.locator('archipel-map')

  it('draws the category\'s initiatives on the map and lists the same ones', async () => {
    const map = widget().locator('archipel-point-map')
    await map.locator('canvas.maplibregl-canvas').waitFor({ timeout })
    await expect.poll(() => map.getAttribute('data-loaded-features'), { timeout }).not.toBeNull()
    const drawn = Number(await map.getAttribute('data-loaded-features'))
    expect(drawn).toBe(await count('category=alimentation'))
    expect(drawn).toBeGreaterThan(0)
    expect(await widget().getByRole('listitem').count()).toBe(drawn)
    // The host page's `canvas { display: none }` does not reach into the widget.
    expect(await map.locator('canvas.maplibregl-canvas').isVisible()).toBe(true)
    expect(site.errors).toEqual([])
  }, timeout)

  it('credits the data and opens the full page of a chosen initiative in a new tab', async () => {
    const credit = widget().locator('.credit')
    expect((await credit.textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/^Données : Archipel — ODbL$/)
    await widget().getByRole('listitem').first().getByRole('button').click()
    const link = widget().locator('.chosen a')
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${site.archipel.url}/initiatives/[0-9a-f-]{36}$`))
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toBe('noopener')
    // The widget's styles stay inside it: the partner's text keeps the partner's look.
    expect(await page.locator('#after').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(255, 0, 0)')
  }, timeout)

  it('is also a page to put in an iframe, for sites that cannot add a script', async () => {
    const framing = await site.open('/journal')
    const framed = framing.frameLocator('iframe').locator('archipel-map archipel-point-map')
    await expect.poll(() => framed.getAttribute('data-loaded-features'), { timeout }).toBe(String(await count('category=alimentation')))
    await framing.close()
    expect(site.errors).toEqual([])
  }, timeout)

  it('follows an attribute changed after load', async () => {
    const before = await widget().getByRole('listitem').count()
    await widget().evaluate((element) => element.setAttribute('category', 'mobilite'))
    const expected = await count('category=mobilite')
    expect(expected).not.toBe(before)
    await expect.poll(() => widget().getByRole('listitem').count(), { timeout }).toBe(expected)
    // A filter of the API the site's map page does not offer: the cooperatives of every category.
    await widget().evaluate((element) => { element.setAttribute('legal_form', 'cooperative'); element.removeAttribute('category') })
    const cooperatives = await count('legal_form=cooperative')
    expect(cooperatives).toBeGreaterThan(0)
    expect(cooperatives).toBeLessThan(await count('q='))
    await expect.poll(() => widget().getByRole('listitem').count(), { timeout }).toBe(cooperatives)
  }, timeout)

  it('opens on the town it is given, its list holding what the map shows as the map moves', async () => {
    const town = await site.open('/tours')
    const map = town.locator('archipel-map archipel-point-map')
    await expect.poll(() => map.getAttribute('data-state'), { timeout }).toBe('ready')
    const view = () => map.evaluate((element: HTMLElement & { map?: import('maplibre-gl').Map }) => {
      const bounds = element.map!.getBounds()
      return { center: element.map!.getCenter().toArray(), zoom: element.map!.getZoom(), bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] }
    })
    const first = await view()
    expect(first.zoom).toBeCloseTo(13, 5)
    expect(first.center[0]).toBeCloseTo(0.6889, 4)
    expect(first.center[1]).toBeCloseTo(47.3941, 4)
    const items = () => town.locator('archipel-map').getByRole('listitem').count()
    const inTours = await count(`bbox=${first.bbox.join(',')}`)
    expect(inTours).toBeGreaterThan(0)
    expect(inTours).toBeLessThan(await count('q='))
    await expect.poll(items, { timeout }).toBe(inTours)
    expect(await town.locator('archipel-map').getByRole('status').first().textContent()).toBe(`${inTours} initiatives dans cette zone`)
    // Zoomed out to the whole of France, the list holds every initiative (100 at a time).
    await map.evaluate((element: HTMLElement & { map?: import('maplibre-gl').Map }) => element.map!.jumpTo({ center: [2.5, 46.6], zoom: 4 }))
    const all = await count('q=')
    expect(all).toBeGreaterThan(100)
    await expect.poll(items, { timeout }).toBe(100)
    await town.locator('archipel-map').getByRole('button', { name: /Afficher/ }).click()
    await expect.poll(items, { timeout }).toBe(all)
    await town.close()
    expect(site.errors).toEqual([])
  }, timeout)
})
