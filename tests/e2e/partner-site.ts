/**
 * What the widget browser tests share: a real Archipel server over the demo
 * data, and a partner's website on another origin (another port) serving
 * the pages a test gives it, in Debian's Chromium, French, on the tests'
 * clock. Console errors and page errors are collected. Needs the built
 * client (`npm run build`: dist/web/embed.js).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startTestServer } from '../helpers/app.js'
import { launchBrowser, newContext } from '../helpers/browser.js'

const builtEmbed = fileURLToPath(new URL('../../dist/web/embed.js', import.meta.url))
export const widgetTimeout = 60_000

/** The partner's CSS, which would break anything it reached. */
export const hostileCss = '* { box-sizing: content-box; font-size: 30px; color: red } div { display: flex } canvas { display: none } li { float: right }'

export interface PartnerSite {
  archipel: Awaited<ReturnType<typeof startTestServer>>
  browser: Browser
  context: BrowserContext
  /** The partner's origin. */
  url: string
  /** Errors the pages logged or threw. */
  errors: string[]
  /** Opens a page of the partner's site. */
  open(path: string, within?: BrowserContext): Promise<Page>
  /** A GET of the Archipel API, as JSON. */
  api<T>(path: string): Promise<T>
}

/** Starts both sites before the suite's tests and stops them after; `pages` maps a path to its HTML, given Archipel's URL. */
export function usePartnerSite(pages: Record<string, (archipel: string) => string>): PartnerSite {
  const site = { errors: [] as string[] } as PartnerSite
  let partner: Server

  beforeAll(async () => {
    if (!existsSync(builtEmbed)) throw new Error('dist/web/embed.js is missing: run npm run build first')
    site.archipel = await startTestServer({ demo: true })
    partner = createServer((request, response) => {
      const page = pages[new URL(request.url ?? '/', 'http://partner').pathname]
      // No favicon: answered empty, so the browser logs no 404 that a test would count as an error.
      if (!page) return response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end()
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(site.archipel.url))
    })
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve))
    site.url = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`
    site.browser = await launchBrowser()
    site.context = await newContext(site.browser, { locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1100, height: 900 } })
  }, widgetTimeout * 2)

  afterAll(async () => {
    await site.browser?.close()
    await new Promise((resolve) => partner?.close(resolve))
    await site.archipel?.close()
  })

  site.open = async (path, within = site.context) => {
    const page = await within.newPage()
    page.on('pageerror', (error) => site.errors.push(String(error)))
    page.on('console', (message) => { if (message.type() === 'error') site.errors.push(message.text()) })
    await page.goto(site.url + path)
    return page
  }

  site.api = async <T>(path: string) => (await (await fetch(site.archipel.url + path)).json()) as T

  return site
}
