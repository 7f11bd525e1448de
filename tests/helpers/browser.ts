/**
 * Headless Chromium for end-to-end tests (the system's /usr/bin/chromium,
 * driven by playwright-core). WebGL, which MapLibre needs, comes from
 * SwiftShader, Chromium's software renderer: with the GPU disabled, recent
 * Chromium only falls back to it when explicitly allowed.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core'
import { testClock } from './clock.js'

export const chromiumPath = '/usr/bin/chromium'

/**
 * Browser tests need Debian's chromium. On a developer's machine without it
 * they are skipped with a note; in CI (CI=true) they always run, and fail if
 * it is missing.
 */
export const runBrowserTests = existsSync(chromiumPath) || process.env.CI === 'true'
if (!runBrowserTests) console.warn(`browser tests skipped: ${chromiumPath} not found (apt-get install chromium)`)

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * A browser context on the tests' clock, as the server and its demo data are:
 * the pages compute "today" and the agenda's default window from it.
 * The clock then runs at its natural pace.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options)
  await context.clock.install({ time: testClock() })
  return context
}
