/**
 * "Partager / intégrer" in a real browser: reached from the agenda with its
 * filter, it shows the agenda widget live with that filter, writes the
 * snippets, follows a change of height and of widget (the rooms' form without dates), and its copy button
 * puts the snippet in the clipboard and says so; the snippet, pasted into a
 * plain page of another site, shows on a phone what the preview shows.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { runBrowserTests } from '../helpers/browser.js'
import { browserTimeout as timeout, testTimeout, useAgendaSite } from './agenda-site.js'

describe.runIf(runBrowserTests)('the share page', () => {
  const site = useAgendaSite()

  it('writes the snippet of what the agenda shows, with a live preview and a copy button', async () => {
    const page = await site.openAgenda('/agenda?kind=atelier')
    try {
      await page.getByRole('navigation', { name: 'Agenda' }).getByRole('link', { name: 'Partager / intégrer' }).click()
      await page.waitForURL(/\/integrer\?widget=agenda&kind=atelier$/)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Partager / intégrer')
      expect(await page.getByRole('radio', { name: 'L’agenda' }).isChecked()).toBe(true)
      // The preview is the widget itself, with the page's filter.
      const preview = page.locator('archipel-share-page .preview archipel-agenda')
      expect(await preview.getAttribute('kind')).toBe('atelier')
      await preview.locator('archipel-agenda-day-list li').first().waitFor({ timeout })
      const script = page.getByLabel('Code à coller dans votre page')
      expect(await script.inputValue()).toBe(`<script type="module" src="${site.server.url}/embed.js"></script>\n` +
        '<archipel-agenda kind="atelier" height="480px"></archipel-agenda>')
      expect(await page.getByLabel(/si votre site n’accepte que les iframes/).inputValue())
        .toContain(`src="${site.server.url}/embed/agenda?kind=atelier"`)

      await page.getByLabel('Hauteur').fill('600')
      expect(await page.getByText('Indiquez une hauteur comme 480px, 30em ou 60vh.').isVisible()).toBe(true)
      await page.getByLabel('Hauteur').fill('600px')
      expect(await script.inputValue()).toContain('<archipel-agenda kind="atelier" height="600px">')
      expect(page.url()).toMatch(/height=600px/)

      await page.locator('.snippet').first().getByRole('button', { name: 'Copier' }).click()
      await expect.poll(() => page.locator('.snippet').first().getByRole('status').textContent(), { timeout }).toBe('Copié dans le presse-papiers.')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue())

      await page.getByRole('radio', { name: 'La carte des initiatives' }).check()
      await page.locator('archipel-share-page .preview archipel-map').waitFor({ timeout })
      expect(await script.inputValue()).toContain('<archipel-map height="600px"></archipel-map>')

      // The rooms widget shows rooms, not their free hours: its form asks no date.
      await page.getByRole('radio', { name: 'Les salles prêtées' }).check()
      const roomFilters = page.locator('archipel-share-page archipel-room-filters')
      await roomFilters.getByLabel('Nombre de personnes (au moins)').waitFor({ timeout })
      expect(await roomFilters.locator('input[type="date"], input[type="time"]').count()).toBe(0)
    } finally {
      await page.close()
    }
  }, testTimeout)

  it('writes a snippet that, pasted into a page of another site, shows on a phone what the preview shows', async () => {
    const page = await site.context.newPage()
    const partner = createServer()
    try {
      await page.goto(`${site.server.url}/integrer?widget=agenda&kind=atelier`)
      const titles = (at: Page) => at.locator('archipel-agenda archipel-agenda-day-list li a').allTextContents()
      await page.locator('archipel-share-page .preview archipel-agenda-day-list li').first().waitFor({ timeout })
      const previewed = await titles(page)
      expect(previewed.length).toBeGreaterThan(0)
      const snippet = await page.getByLabel('Code à coller dans votre page').inputValue()
      // A webmaster's plain page: the snippet and nothing else of Archipel.
      partner.on('request', (_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Mairie</title></head><body>${snippet}</body></html>`))
      await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve))
      const phone = await site.browser.newPage({ viewport: { width: 375, height: 800 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' })
      try {
        await phone.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`)
        await phone.locator('archipel-agenda archipel-agenda-day-list li').first().waitFor({ timeout })
        expect(await titles(phone)).toEqual(previewed)
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
      } finally {
        await phone.close()
      }
    } finally {
      partner.close()
      await page.close()
    }
  }, testTimeout)
})
