/**
 * Sign-in, password link and privacy pages in a real browser, against a real
 * server with the demo data. Needs the built client: `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '../../server/accounts/passwords.js'
import { SESSION_COOKIE } from '../../server/http/auth.js'
import { createTestAccount } from '../helpers/accounts.js'
import { startTestServer } from '../helpers/app.js'
import { launchBrowser, newContext, runBrowserTests } from '../helpers/browser.js'

const builtIndex = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url))
const email = 'salles+radiance@example.org'
const password = 'une longue phrase de passe'

describe.runIf(runBrowserTests)('account pages', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let context: BrowserContext

  beforeAll(async () => {
    if (!existsSync(builtIndex)) throw new Error('dist/web/index.html is missing: run npm run build first')
    server = await startTestServer({ demo: true })
    await server.database.query(sql`UPDATE accounts SET password_hash = ${await hashPassword(password)} WHERE email = ${email}`)
    browser = await launchBrowser()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const newPage = async () => {
    context = await newContext(browser, { locale: 'fr-FR' })
    return context.newPage()
  }

  it('lets an anonymous visitor through the site without an error in the console', async () => {
    const page = await newPage()
    const errors: string[] = []
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()) })
    page.on('pageerror', (error) => errors.push(String(error)))
    for (const path of ['/agenda', '/salles', '/connexion']) {
      // Settled: the account asked (and the page's own data) answered.
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows an admin every link of the navigation on a 320-px phone, wrapped, none off-screen', async () => {
    const admin = await createTestAccount(server, { role: 'admin' })
    context = await newContext(browser, { locale: 'fr-FR', viewport: { width: 320, height: 640 } })
    await context.addCookies([{ name: SESSION_COOKIE, value: admin.token, url: server.url }])
    const page = await context.newPage()
    await page.goto(`${server.url}/agenda`)
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await nav.getByRole('link', { name: 'Modération' }).waitFor()
    for (const link of await nav.getByRole('link').all()) {
      const box = (await link.boundingBox())!
      expect(box.x, await link.textContent() ?? '').toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, await link.textContent() ?? '').toBeLessThanOrEqual(320)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
    await context.close()
  })

  it('announces a wrong password, then signs in and goes to the next page of the site', async () => {
    const page = await newPage()
    await page.goto(`${server.url}/connexion?next=/salles`)
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe').fill('pas le bon mot de passe')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('incorrect')

    await page.getByLabel('Mot de passe').fill(password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(`${server.url}/salles`)
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json())
    expect(me.email).toBe(email)
    await context.close()
  })

  it('links the signed-in account from the footer to the sign-in page, which signs out', async () => {
    const page = await newPage()
    await page.goto(`${server.url}/connexion`)
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe').fill(password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(`${server.url}/`)
    await page.getByRole('contentinfo').getByRole('link', { name: /\(compte\)$/ }).click()
    await page.waitForURL(`${server.url}/connexion`)
    await expect.poll(() => page.getByRole('status').textContent()).toContain(email)
    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await page.waitForURL(`${server.url}/`)
    expect(await page.evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401)
    await context.close()
  })

  it('ignores a next address on another site', async () => {
    const page = await newPage()
    await page.goto(`${server.url}/connexion?next=//evil.example/`)
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe').fill(password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL(`${server.url}/`)
    await context.close()
  })

  it('shows the privacy notice from the footer, with the 12-month erasure', async () => {
    const page = await newPage()
    await page.goto(`${server.url}/connexion`)
    await page.getByRole('contentinfo').getByRole('link', { name: 'Données personnelles' }).click()
    await page.waitForURL(`${server.url}/confidentialite`)
    await expect.poll(() => page.getByRole('table').textContent()).toContain('Effacée 12 mois après la décision')
    await context.close()
  })

  it('says that a set-password link without its token is incomplete', async () => {
    const page = await newPage()
    await page.goto(`${server.url}/mot-de-passe/nouveau`)
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('incomplet')
    await context.close()
  })
})
