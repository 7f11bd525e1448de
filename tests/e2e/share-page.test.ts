/**
 * "Partager / intégrer" in a real browser: reached from the agenda with its
 * filter, it shows the agenda widget live with that filter, writes the
 * snippets, follows a change of height and of widget (the rooms' form without dates), and its copy button
 * puts the snippet in the clipboard and says so.
 */
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
})
