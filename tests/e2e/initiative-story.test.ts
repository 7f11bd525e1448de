/**
 * The contributory map's whole story in a real browser: a citizen proposes an
 * initiative on /proposer (fields, commune, a click on the map for the
 * point) and is told it awaits review; it is not on the map; a moderator
 * approves it on /moderation; then it is on the map and in the list.
 * Needs the built client: `npm run build` first.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../../server/http/auth.js'
import { createTestAccount } from '../helpers/accounts.js'
import { startTestServer } from '../helpers/app.js'
import { launchBrowser, newContext, runBrowserTests } from '../helpers/browser.js'

const builtIndex = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url))
const startupTimeout = 120_000
const browserTimeout = 60_000
/** A word no demo initiative has, to find the proposal by text search. */
const word = `Zorglub${randomBytes(3).toString('hex')}`
const name = `Épicerie ${word}`
/** A moderator's own proposal, found by another word so that the citizen's stays alone in its search. */
const published = `Atelier Plumbus${randomBytes(3).toString('hex')}`

describe.runIf(runBrowserTests)('an initiative from proposal to the map', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let citizen: BrowserContext
  let page: Page

  beforeAll(async () => {
    if (!existsSync(builtIndex)) throw new Error('dist/web/index.html is missing: run npm run build first')
    server = await startTestServer({ demo: true })
    browser = await launchBrowser()
    citizen = await newContext(browser, { locale: 'fr-FR', viewport: { width: 1280, height: 1000 } })
    page = await citizen.newPage()
    page.setDefaultTimeout(30_000)
  }, startupTimeout * 2)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function openMapSearch(page: Page): Promise<void> {
    await page.goto(`${server.url}/carte?q=${word}`)
    await page.locator('archipel-point-map[data-loaded-features]').waitFor({ timeout: browserTimeout })
  }

  it('takes a citizen proposal and confirms that it awaits review', async () => {
    await page.goto(`${server.url}/proposer`)
    await page.getByRole('heading', { name: 'Proposer une initiative' }).waitFor({ timeout: browserTimeout })
    await page.getByLabel('Nom', { exact: true }).fill(name)
    await page.getByLabel('Description').fill('Produits en vrac.\nOuvert le samedi.')
    await page.getByRole('checkbox', { name: 'Alimentation' }).check()
    await page.getByLabel('Forme juridique').selectOption({ label: 'SCIC' })
    await page.getByLabel('Adresse', { exact: true }).fill('12 rue Colbert')
    const commune = page.getByRole('combobox', { name: 'Commune' })
    await commune.fill('Tours')
    await page.getByRole('option', { name: /^Tours Commune/ }).click()
    // The placing map: a click puts the point, shown in the coordinate fields.
    const map = page.locator('archipel-point-picker archipel-point-map')
    await map.locator('canvas.maplibregl-canvas').waitFor({ timeout: browserTimeout })
    await expect.poll(() => map.getAttribute('data-state'), { timeout: browserTimeout }).toBe('ready')
    await map.click()
    await expect.poll(() => page.getByLabel('Longitude').inputValue()).not.toBe('')
    expect(Number(await page.getByLabel('Latitude').inputValue())).toBeGreaterThan(40)
    await page.getByRole('button', { name: 'Envoyer la proposition' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Merci' }).textContent(), { timeout: browserTimeout })
      .toBe('Merci\u00a0! Votre proposition sera visible après relecture par l\u2019équipe de modération.')
  }, browserTimeout * 2)

  it('keeps the proposal off the map and the list until it is approved', async () => {
    await openMapSearch(page)
    expect(await page.locator('archipel-point-map').getAttribute('data-loaded-features')).toBe('0')
    expect(await page.locator('archipel-initiative-list [role=status]').textContent()).toContain('Aucune initiative')
  }, browserTimeout)

  it('lets a moderator approve it on the moderation page', async () => {
    const moderator = await createTestAccount(server, { role: 'moderator' })
    const context = await newContext(browser, { locale: 'fr-FR' })
    try {
      await context.addCookies([{ name: SESSION_COOKIE, value: moderator.token, url: server.url }])
      const moderation = await context.newPage()
      moderation.setDefaultTimeout(30_000)
      await moderation.goto(`${server.url}/moderation`)
      const item = moderation.locator('archipel-moderation-item').filter({ hasText: name })
      await item.waitFor({ timeout: browserTimeout })
      // The proposal is shown field by field.
      expect(await item.locator('archipel-diff tr[data-field="name"] td').last().textContent()).toBe(name)
      await item.getByRole('button', { name: 'Approuver' }).click()
      await expect.poll(() => item.getByRole('status').textContent(), { timeout: browserTimeout }).toBe('Approuvé.')
      expect(await moderation.getByRole('navigation').getByRole('link', { name: 'Modération' }).count()).toBe(1)
    } finally {
      await context.close()
    }
  }, browserTimeout)

  it('publishes a moderator\'s own proposal at once, says so and links to its page', async () => {
    const moderator = await createTestAccount(server, { role: 'moderator' })
    const context = await newContext(browser, { locale: 'fr-FR' })
    try {
      await context.addCookies([{ name: SESSION_COOKIE, value: moderator.token, url: server.url }])
      const form = await context.newPage()
      form.setDefaultTimeout(30_000)
      await form.goto(`${server.url}/proposer`)
      await form.getByLabel('Nom', { exact: true }).fill(published)
      await form.getByRole('checkbox', { name: 'Alimentation' }).check()
      await form.getByLabel('Forme juridique').selectOption({ label: 'Association' })
      await form.getByRole('combobox', { name: 'Commune' }).fill('Tours')
      await form.getByRole('option', { name: /^Tours Commune/ }).click()
      await form.getByLabel('Longitude').fill('0.6956')
      await form.getByLabel('Latitude').fill('47.3828')
      await form.getByRole('button', { name: 'Envoyer la proposition' }).click()
      await expect.poll(() => form.getByRole('status').filter({ hasText: 'publiée' }).textContent(), { timeout: browserTimeout })
        .toBe('L\u2019initiative est publiée.')
      await form.getByRole('link', { name: 'Voir sa page' }).click()
      await form.getByRole('heading', { name: published }).waitFor({ timeout: browserTimeout })
    } finally {
      await context.close()
    }
  }, browserTimeout * 2)

  it('shows the approved initiative on the map and in the list', async () => {
    await openMapSearch(page)
    await page.locator('archipel-point-map[data-loaded-features="1"]').waitFor({ timeout: browserTimeout })
    const item = page.getByRole('list', { name: 'Initiatives de la zone affichée' }).getByRole('button')
    expect(await item.locator('.name').textContent()).toBe(name)
  }, browserTimeout)

  it('takes a correction and a report from the detail panel, both left for review', async () => {
    await page.getByRole('list', { name: 'Initiatives de la zone affichée' }).getByRole('button').click()
    const detail = page.locator('archipel-initiative-detail')
    await detail.getByRole('button', { name: 'Suggérer une correction' }).click()
    await detail.getByLabel('Description').fill('Produits en vrac.\nOuvert le samedi et le dimanche.')
    await detail.getByRole('button', { name: 'Envoyer la correction' }).click()
    await expect.poll(() => detail.getByRole('status').filter({ hasText: 'Merci' }).textContent(), { timeout: browserTimeout })
      .toBe('Merci\u00a0! Votre correction sera visible après relecture par l\u2019équipe de modération.')
    await detail.getByRole('button', { name: 'Signaler un problème' }).click()
    await detail.getByLabel('Quel est le problème').selectOption('closed')
    await detail.getByRole('button', { name: 'Envoyer le signalement' }).click()
    await expect.poll(() => detail.getByRole('status').filter({ hasText: 'signalement' }).textContent(), { timeout: browserTimeout })
      .toBe('Merci\u00a0! Votre signalement sera examiné par l\u2019équipe de modération.')
    // The published text is unchanged until a moderator decides.
    expect(await detail.locator('.description').textContent()).toBe('Produits en vrac.\nOuvert le samedi.')
    const moderator = await createTestAccount(server, { role: 'moderator' })
    const queue = (await server.app.inject({ url: '/api/moderation/queue', cookies: moderator.cookies })).json()
    const [initiative] = (await server.app.inject({ url: `/api/initiatives?q=${word}` })).json().features
    const mine = queue.items.filter((entry: { target: { id: string } }) => entry.target.id === initiative.id)
    expect(mine.map((entry: { kind: string; after: Record<string, unknown> }) => [entry.kind, entry.after.reason ?? entry.after.description]).sort())
      .toEqual([['reports', 'closed'], ['revisions', 'Produits en vrac.\nOuvert le samedi et le dimanche.']])
  }, browserTimeout)
})
