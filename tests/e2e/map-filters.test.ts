/**
 * The map's filters in a real browser over the demo data: a category and a
 * département narrow the map and the list together, live in the URL, come
 * back from it on reload, and the back button undoes the last choice.
 * Needs the built client: `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category } from '../../web/api/types.js'
import type { ArchipelPointMap } from '../../web/components/map/archipel-point-map.js'
import { startTestServer } from '../helpers/app.js'
import { launchBrowser, newContext, runBrowserTests } from '../helpers/browser.js'

const builtIndex = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url))
const startupTimeout = 120_000
const browserTimeout = 60_000
const territory = 'departement:37'

describe.runIf(runBrowserTests)('map filters', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let page: Page
  let category: Category
  /** Published initiatives: all, of the category, of the category in the département. */
  const counts = { all: 0, category: 0, both: 0 }

  async function count(query: string): Promise<number> {
    const response = await server.app.inject({ url: `/api/initiatives?limit=1${query}` })
    return response.json().numberMatched as number
  }

  /** Set by the map once it has drawn what it was given. */
  async function waitForDrawn(page: Page, expected: number): Promise<void> {
    await page.locator(`archipel-point-map[data-loaded-features="${expected}"]`).waitFor({ timeout: browserTimeout })
  }

  beforeAll(async () => {
    if (!existsSync(builtIndex)) throw new Error('dist/web/index.html is missing: run npm run build first')
    server = await startTestServer({ demo: true })
    counts.all = await count('')
    // A category with initiatives both inside and outside the département, so each filter visibly narrows.
    const categories = (await server.app.inject({ url: '/api/categories' })).json().items as Category[]
    for (const candidate of categories) {
      const inCategory = await count(`&category=${candidate.slug}`)
      const inBoth = await count(`&category=${candidate.slug}&territory=${territory}`)
      if (inBoth > 0 && inBoth < inCategory && inCategory < counts.all) {
        category = candidate
        Object.assign(counts, { category: inCategory, both: inBoth })
        break
      }
    }
    if (!category) throw new Error('no demo category spans the département and beyond')
    browser = await launchBrowser()
    const context = await newContext(browser, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
    // Fail with the action's own message, before the test's timeout.
    page.setDefaultTimeout(30_000)
    await page.goto(`${server.url}/carte`)
    await waitForDrawn(page, counts.all)
  }, startupTimeout * 2)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('narrows the map and the list to a category, and writes it in the URL', async () => {
    await page.locator('archipel-map-filters summary').click()
    await page.getByRole('checkbox', { name: category.label }).check()
    await waitForDrawn(page, counts.category)
    expect(new URL(page.url()).searchParams.get('category')).toBe(category.slug)
    await expect.poll(() => page.getByRole('list', { name: 'Initiatives de la zone affichée' }).getByRole('listitem').count(),
      { timeout: browserTimeout }).toBe(counts.category)
  }, browserTimeout)

  it('narrows further to a département chosen with the keyboard in the territory search (ArrowDown, Enter)', async () => {
    const combobox = page.getByRole('combobox', { name: 'Territoire' })
    await combobox.fill('Indre-et-Loire')
    await expect.poll(() => combobox.getAttribute('aria-expanded'), { timeout: browserTimeout }).toBe('true')
    // As the WAI-ARIA combobox pattern has it: no option active until ArrowDown, which lands on the first.
    expect(await combobox.getAttribute('aria-activedescendant')).toBeNull()
    await combobox.press('ArrowDown')
    const active = await combobox.getAttribute('aria-activedescendant')
    expect(await page.locator(`archipel-territory-picker #${active}`).textContent()).toMatch(/Indre-et-Loire\s+Département 37/)
    await combobox.press('Enter')
    expect(await combobox.getAttribute('aria-expanded')).toBe('false')
    await waitForDrawn(page, counts.both)
    expect(new URL(page.url()).searchParams.get('territory')).toBe(territory)
    expect(new URL(page.url()).searchParams.get('category')).toBe(category.slug)
    const status = page.locator('archipel-initiative-list [role=status]')
    await expect.poll(() => status.textContent(), { timeout: browserTimeout }).toContain(counts.both === 1 ? '1 initiative' : `${counts.both} initiatives`)
  }, browserTimeout)

  it('restores both filters from the URL on reload, the map moved onto the département', async () => {
    await page.reload()
    await waitForDrawn(page, counts.both)
    // Settled: moved onto the results, then fetched again for that area.
    const centre = () => page.locator('archipel-point-map').evaluate((element) => {
      const map = (element as ArchipelPointMap).map!
      return map.isMoving() ? undefined : map.getCenter().toArray().map((v) => Math.round(v * 10) / 10)
    })
    // Indre-et-Loire spans about 0.05–1.37 °E, 46.7–47.7 °N.
    await expect.poll(centre, { timeout: browserTimeout }).toEqual([expect.closeTo(0.7, 0), expect.closeTo(47.2, 0)])
    await waitForDrawn(page, counts.both)
    await expect.poll(() => page.getByRole('combobox', { name: 'Territoire' }).inputValue(), { timeout: browserTimeout }).toBe('Indre-et-Loire')
    expect(await page.getByRole('checkbox', { name: category.label }).isChecked()).toBe(true)
  }, browserTimeout)

  it('goes back to the category alone with the back button, over the area now shown', async () => {
    await page.goBack()
    expect(new URL(page.url()).searchParams.get('territory')).toBeNull()
    await expect.poll(() => page.getByRole('combobox', { name: 'Territoire' }).inputValue(), { timeout: browserTimeout }).toBe('')
    expect(await page.getByRole('checkbox', { name: category.label }).isChecked()).toBe(true)
    // The map stays on the département it moved to: the category within that area, as the API counts it.
    const bbox = await page.locator('archipel-point-map').evaluate((element) => {
      const bounds = (element as ArchipelPointMap).map!.getBounds()
      return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((v) => Math.round(v * 1e6) / 1e6).join(',')
    })
    const inView = await count(`&category=${category.slug}&bbox=${bbox}`)
    await waitForDrawn(page, inView)
  }, browserTimeout)
})
