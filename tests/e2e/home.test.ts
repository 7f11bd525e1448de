/**
 * The home page in a real browser, against a real server with the demo
 * data: French interface, a rendered map, the demo initiatives on the map
 * and in the list. Needs the built client: `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultBasemapColours } from '../../web/basemap/colours.js'
import type { ArchipelPointMap } from '../../web/components/map/archipel-point-map.js'
import { startTestServer } from '../helpers/app.js'
import { launchBrowser, newContext, runBrowserTests } from '../helpers/browser.js'

const builtIndex = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url))
const startupTimeout = 120_000
const browserTimeout = 30_000

describe.runIf(runBrowserTests)('home page', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let context: BrowserContext
  /** The home page, loaded once and only read by the tests below. */
  let home: Page

  beforeAll(async () => {
    if (!existsSync(builtIndex)) throw new Error('dist/web/index.html is missing: run npm run build first')
    server = await startTestServer({ demo: true })
    browser = await launchBrowser()
    context = await newContext(browser, { locale: 'fr-FR', viewport: { width: 1280, height: 800 } })
    home = await context.newPage()
    await home.goto(server.url)
    // Set by the map once the initiatives it received are drawn.
    await home.locator('archipel-point-map[data-loaded-features]').waitFor({ timeout: startupTimeout })
  }, startupTimeout * 2)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('is in French: document language, title and navigation', async () => {
    expect(await home.evaluate(() => document.documentElement.lang)).toBe('fr')
    expect(await home.title()).toMatch(/^Carte des initiatives — /)
    const navigation = home.getByRole('navigation', { name: 'Navigation principale' })
    expect(await navigation.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Carte', 'Agenda', 'Salles', 'Proposer']))
    expect(await navigation.getByRole('link', { name: 'Carte' }).getAttribute('aria-current')).toBe('page')
  })

  it('renders the map with WebGL over the offline base map', async () => {
    const map = home.locator('archipel-point-map')
    expect(await map.getAttribute('data-state')).toBe('ready')
    const canvas = map.locator('canvas.maplibregl-canvas')
    const box = await canvas.boundingBox()
    expect(box?.width).toBeGreaterThan(400)
    expect(box?.height).toBeGreaterThan(400)
    // Read the pixels MapLibre just drew (the WebGL buffer is only readable
    // during the frame) and measure how much of them is land.
    const land = hexToRgb(defaultBasemapColours.land)
    const landShare = await map.evaluate((element, colour) => new Promise<number>((resolve) => {
      const maplibre = (element as ArchipelPointMap).map
      if (!maplibre) return resolve(0)
      maplibre.once('render', () => {
        const drawn = maplibre.getCanvas()
        const copy = document.createElement('canvas')
        copy.width = drawn.width
        copy.height = drawn.height
        const context2d = copy.getContext('2d')
        if (!context2d) return resolve(0)
        context2d.drawImage(drawn, 0, 0)
        const pixels = context2d.getImageData(0, 0, copy.width, copy.height).data
        let matching = 0
        for (let i = 0; i < pixels.length; i += 4) {
          const distance = Math.abs(pixels[i]! - colour[0]) + Math.abs(pixels[i + 1]! - colour[1]) + Math.abs(pixels[i + 2]! - colour[2])
          if (distance < 12) matching++
        }
        resolve(matching / (pixels.length / 4))
      })
      maplibre.triggerRepaint()
    }), land)
    expect(landShare).toBeGreaterThan(0.2)
  }, browserTimeout)

  it('draws the demo initiatives on the map', async () => {
    const map = home.locator('archipel-point-map')
    expect(Number(await map.getAttribute('data-loaded-features'))).toBeGreaterThan(20)
    const drawn = await map.evaluate((element) =>
      (element as ArchipelPointMap).map?.queryRenderedFeatures({ layers: ['point-markers', 'point-clusters'] })
        .reduce((sum, feature) => sum + Number(feature.properties.point_count ?? 1), 0) ?? 0)
    expect(drawn).toBeGreaterThan(20)
  }, browserTimeout)

  it('lists the same initiatives, named in the list', async () => {
    const loaded = Number(await home.locator('archipel-point-map').getAttribute('data-loaded-features'))
    const list = home.getByRole('list', { name: 'Initiatives de la zone affichée' })
    const items = list.getByRole('listitem')
    expect(await items.count()).toBe(Math.min(loaded, 100))
    expect(await home.locator('archipel-initiative-list [role=status]').textContent()).toContain(`${loaded} initiatives`)
    const firstName = await items.first().locator('.name').textContent()
    expect(firstName?.trim().length).toBeGreaterThan(0)
  }, browserTimeout)

  it('marks on the map the initiative chosen in the list, until its panel is closed', async () => {
    const map = home.locator('archipel-point-map')
    const item = home.getByRole('list', { name: 'Initiatives de la zone affichée' }).getByRole('button').first()
    const id = await item.getAttribute('data-id')
    await item.click()
    await expect.poll(() => map.getAttribute('data-selected-shown'), { timeout: browserTimeout }).toBe(id)
    // Drawn, even when its point is inside a cluster at this zoom.
    const ringed = () => map.evaluate((element) =>
      (element as ArchipelPointMap).map?.queryRenderedFeatures({ layers: ['point-selected'] }).map((feature) => feature.properties.id) ?? [])
    await expect.poll(ringed, { timeout: browserTimeout }).toEqual([id])
    await home.getByRole('button', { name: /Retour/ }).click()
    await expect.poll(() => map.getAttribute('data-selected-shown'), { timeout: browserTimeout }).toBeNull()
    await expect.poll(ringed, { timeout: browserTimeout }).toEqual([])
  }, browserTimeout * 2)

  it('follows a navigation link without reloading the page', async () => {
    const page = await context.newPage()
    try {
      await page.goto(server.url)
      await page.evaluate(() => Object.assign(window, { notReloaded: true }))
      await page.getByRole('link', { name: 'Agenda' }).click()
      await page.getByRole('heading', { name: 'Agenda citoyen' }).waitFor({ timeout: browserTimeout })
      expect(new URL(page.url()).pathname).toBe('/agenda')
      expect(await page.title()).toMatch(/^Agenda citoyen — /)
      expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
    } finally {
      await page.close()
    }
  }, browserTimeout)
})

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}
