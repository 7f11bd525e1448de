/**
 * What the agenda's browser tests share: a real server over the demo data,
 * Debian's Chromium with a French, Paris-time context, and two readers — the
 * API as the server answers it, and an agenda page once its list is drawn.
 * Needs the built client: `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { startTestServer } from '../helpers/app.js'
import { launchBrowser, newContext } from '../helpers/browser.js'

/** The built client; WEB_DIST (as for the server) lets a run use its own build while others rebuild dist/. */
const webDist = process.env.WEB_DIST ?? fileURLToPath(new URL('../../dist/web', import.meta.url))
const startupTimeout = 120_000
export const browserTimeout = 60_000
/** A test opens a few pages on a shared, busy machine. */
export const testTimeout = 3 * browserTimeout

export const frenchContext = { locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } }

export interface AgendaSite {
  server: Awaited<ReturnType<typeof startTestServer>>
  browser: Browser
  context: BrowserContext
  /** A GET of the API, which must answer 200. */
  api<T>(path: string): Promise<T>
  /** A page of the site, its first list of days drawn. */
  openAgenda(path: string, within?: BrowserContext): Promise<Page>
}

/** Starts the site before the suite's tests and stops it after; its parts are read once started. */
export function useAgendaSite(): AgendaSite {
  const site = {} as AgendaSite

  beforeAll(async () => {
    if (!existsSync(`${webDist}/index.html`)) throw new Error('dist/web/index.html is missing: run npm run build first')
    site.server = await startTestServer({ demo: true, env: { WEB_DIST: webDist } })
    site.browser = await launchBrowser()
    site.context = await newContext(site.browser, frenchContext)
    await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url })
  }, startupTimeout)

  afterAll(async () => {
    await site.browser?.close()
    await site.server?.close()
  })

  site.api = async <T>(path: string): Promise<T> => {
    const response = await site.server.app.inject({ method: 'GET', url: path })
    expect(response.statusCode).toBe(200)
    return response.json() as T
  }

  site.openAgenda = async (path: string, within: BrowserContext = site.context): Promise<Page> => {
    const page = await within.newPage()
    await page.goto(`${site.server.url}${path}`)
    await page.locator('archipel-agenda-day-list li').first().waitFor({ timeout: browserTimeout })
    return page
  }

  return site
}
