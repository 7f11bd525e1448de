/**
 * Headless Chromium for end-to-end tests (the system's /usr/bin/chromium,
 * driven by playwright-core). WebGL, which MapLibre needs, comes from
 * SwiftShader, Chromium's software renderer: with the GPU disabled, recent
 * Chromium only falls back to it when explicitly allowed.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

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
