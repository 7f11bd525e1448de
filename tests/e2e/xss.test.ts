/**
 * User text is data, in a real browser: a published initiative named like an
 * HTML injection shows as text in the map's list, the detail panel and its
 * own page; no script runs (a dialog fails the test) and no <img> element is
 * created anywhere, shadow roots included. Needs `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../helpers/app.js'
import { launchBrowser, newContext, runBrowserTests } from '../helpers/browser.js'

const builtIndex = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url))
const startupTimeout = 120_000
const browserTimeout = 60_000
const hostileName = '<img src=x onerror=alert(1)>'
const hostileDescription = 'Première ligne\n<img src=y onerror=alert(2)><script>alert(3)</script>'

/** Every <img> in the document and in every shadow root under it. */
function countImages(): number {
  const roots: (Document | ShadowRoot)[] = [document]
  let images = 0
  while (roots.length > 0) {
    const root = roots.pop()!
    images += root.querySelectorAll('img').length
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot)
  }
  return images
}

describe.runIf(runBrowserTests)('hostile text in an initiative', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let page: Page
  let id: string
  const dialogs: string[] = []

  beforeAll(async () => {
    if (!existsSync(builtIndex)) throw new Error('dist/web/index.html is missing: run npm run build first')
    server = await startTestServer({ demo: true })
    const [row] = await server.database.query<{ id: string }>(sql`
      INSERT INTO initiatives (name, description, categories, legal_form, location, address, commune, territories, website, status)
      VALUES (${hostileName}, ${hostileDescription}, '{alimentation}', 'association',
        ST_SetSRID(ST_MakePoint(0.6890, 47.3940), 4326), ${'"><svg onload=alert(4)>'}, '37261',
        archipel_territories_of('37261'), ${'javascript:alert(5)'}, 'published')
      RETURNING id`)
    id = row!.id
    browser = await launchBrowser()
    const context = await newContext(browser, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
    page.setDefaultTimeout(30_000)
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
  }, startupTimeout * 2)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('shows the name as text in the map list, with no image element and no dialog', async () => {
    await page.goto(`${server.url}/carte?q=onerror`)
    await page.locator('archipel-point-map[data-loaded-features="1"]').waitFor({ timeout: browserTimeout })
    const item = page.getByRole('list', { name: 'Initiatives de la zone affichée' }).getByRole('button')
    expect(await item.locator('.name').textContent()).toBe(hostileName)
    expect(await page.evaluate(countImages)).toBe(0)
    expect(dialogs).toEqual([])
  }, browserTimeout)

  it('shows name, description and address as text in the detail panel, without a javascript: link', async () => {
    await page.getByRole('list', { name: 'Initiatives de la zone affichée' }).getByRole('button').click()
    const detail = page.locator('archipel-initiative-detail')
    await detail.getByRole('heading', { level: 2 }).waitFor()
    expect(await detail.getByRole('heading', { level: 2 }).textContent()).toBe(hostileName)
    expect(await detail.locator('.description').textContent()).toBe(hostileDescription)
    expect(await detail.locator('.address').textContent()).toContain('"><svg onload=alert(4)>')
    expect(await detail.locator('a[href^="javascript:"]').count()).toBe(0)
    expect(await page.evaluate(countImages)).toBe(0)
    expect(await page.evaluate(() => document.querySelectorAll('svg[onload]').length)).toBe(0)
    expect(dialogs).toEqual([])
  }, browserTimeout)

  it('shows the name as text and as the document title on its own page, with escaped metadata', async () => {
    const response = await page.goto(`${server.url}/initiatives/${id}`)
    const served = await response!.text()
    expect(served).not.toContain('<img')
    expect(served).toContain('&#60;img src=x onerror=alert(1)&#62;')
    const heading = page.locator('archipel-initiative-detail').getByRole('heading', { level: 1 })
    await heading.waitFor()
    expect(await heading.textContent()).toBe(hostileName)
    await expect.poll(() => page.title()).toMatch(/^<img src=x onerror=alert\(1\)> — /)
    expect(await page.evaluate(countImages)).toBe(0)
    expect(dialogs).toEqual([])
  }, browserTimeout)
})
