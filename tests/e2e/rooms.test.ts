/**
 * Open rooms in a real browser, against a real server with the demo data:
 * an association finds a free room for 20 people with a projector on an
 * evening a few weeks ahead (the filters set in the page), asks for it, the
 * host approves the request from "Mes salles", and the room's page then
 * shows the slot as busy. Needs the built client: `npm run build` first.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../../server/http/auth.js'
import { addDays, formatWhen } from '../../web/format/paris-time.js'
import { parisInstant, parisToday, weekStart } from '../../web/components/rooms/room-time.js'
import { startTestServer } from '../helpers/app.js'
import { createTestAccount, initiativeId } from '../helpers/accounts.js'
import { launchBrowser, newContext, runBrowserTests } from '../helpers/browser.js'
import { testClock } from '../helpers/clock.js'

const builtIndex = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url))
const startupTimeout = 120_000
const browserTimeout = 60_000

/** Six weeks ahead, clear of the demo loans (which all lie within five weeks). */
const evening = addDays(parisToday(testClock()), 42)
const purpose = 'Assemblée générale de l\u2019association'

describe.runIf(runBrowserTests)('open rooms: find, ask, approve', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let browser: Browser
  let association: BrowserContext
  let host: BrowserContext
  let chosenRoomId: string
  let roomPage: Page

  beforeAll(async () => {
    if (!existsSync(builtIndex)) throw new Error('dist/web/index.html is missing: run npm run build first')
    server = await startTestServer({ demo: true })
    const requester = await createTestAccount(server, { organisations: [await initiativeId(server, 'CRIDEV')] })
    const hostAccount = await createTestAccount(server, {
      organisations: [await initiativeId(server, "Maison de la Consommation et de l'Environnement")],
    })
    // The one other room with a projector for 20 is already lent that evening.
    await server.database.query(sql`
      INSERT INTO loans (room_id, start, "end", purpose, people, requester_name, status, decided_at)
      SELECT id, ${parisInstant(evening, '18:00')}::timestamptz, ${parisInstant(evening, '22:00')}::timestamptz,
        'Formation', 15, 'Mutualité Française 35', 'approved', now()
      FROM rooms WHERE name = 'Salle de formation'`)
    browser = await launchBrowser()
    association = await signedInContext(browser, server.url, requester.token)
    host = await signedInContext(browser, server.url, hostAccount.token)
  }, startupTimeout * 2)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('lists only the rooms free that evening for 20 people with a projector', async () => {
    roomPage = await association.newPage()
    await roomPage.goto(`${server.url}/salles`)
    const filters = roomPage.locator('archipel-room-filters')
    await filters.getByLabel('Nombre de personnes (au moins)').fill('20')
    await filters.getByLabel('vidéoprojecteur').check()
    await filters.getByLabel('Disponible le').fill(evening)
    await filters.getByLabel('de', { exact: true }).fill('19:00')
    await filters.getByLabel('à', { exact: true }).fill('21:00')
    await filters.getByRole('button', { name: 'Rechercher' }).click()
    const list = roomPage.getByRole('list', { name: 'Salles correspondant aux filtres' })
    await roomPage.locator('archipel-room-list [role=status]').filter({ hasText: '2 salles' }).waitFor({ timeout: browserTimeout })
    expect((await list.locator('.name').allTextContents()).sort()).toEqual(['Salle de la pépinière', 'Salle de réunion'])
    const query = new URL(roomPage.url()).searchParams
    expect(Object.fromEntries(query)).toEqual({ capacity_min: '20', equipment: 'videoprojecteur', date: evening, from: '19:00', to: '21:00' })
  }, browserTimeout)

  it('keeps the filters in the address: a reload shows the same rooms', async () => {
    await roomPage.reload()
    await roomPage.locator('archipel-room-list [role=status]').filter({ hasText: '2 salles' }).waitFor({ timeout: browserTimeout })
    expect(await roomPage.locator('archipel-room-filters').getByLabel('Nombre de personnes (au moins)').inputValue()).toBe('20')
    expect(await roomPage.locator('archipel-room-filters').getByLabel('vidéoprojecteur').isChecked()).toBe(true)
  }, browserTimeout)

  it('asks for the room for 19:00–21:00 and 20 people, and gets a confirmation', async () => {
    await roomPage.getByRole('link', { name: 'Salle de réunion' }).click()
    await roomPage.getByRole('heading', { name: 'Salle de réunion', level: 1 }).waitFor({ timeout: browserTimeout })
    chosenRoomId = decodeURIComponent(new URL(roomPage.url()).pathname.split('/').pop()!)
    const form = roomPage.locator('archipel-room-request-form')
    await form.getByLabel('Date', { exact: true }).fill(evening)
    await form.getByLabel('Début').fill('19:00')
    await form.getByLabel('Fin').fill('21:00')
    await form.getByLabel('Objet de la réunion').fill(purpose)
    await form.getByLabel(/Nombre de personnes/).fill('20')
    expect(await form.getByLabel('Au nom de mon organisation').isChecked()).toBe(true)
    await form.getByRole('button', { name: 'Envoyer la demande' }).click()
    await form.getByText('Votre demande est envoyée').waitFor({ timeout: browserTimeout })
  }, browserTimeout)

  it('lets a member of the host approve the request from "Mes salles"', async () => {
    const page = await host.newPage()
    await page.goto(`${server.url}/mes-salles`)
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Mes salles' }).waitFor({ timeout: browserTimeout })
    const request = page.locator('archipel-room-loan-inbox[mode=requests] li', { hasText: purpose })
    await request.getByRole('button', { name: 'Accepter' }).click()
    await page.getByText('Demande acceptée.').waitFor({ timeout: browserTimeout })
    await page.locator('archipel-room-loan-inbox[mode=history] li[data-status=approved]', { hasText: purpose }).waitFor({ timeout: browserTimeout })
    await page.close()
  }, browserTimeout)

  it('lets a member of the host add a hidden room, placed by a click on the map', async () => {
    const page = await host.newPage()
    try {
      await page.goto(`${server.url}/mes-salles`)
      await page.getByRole('button', { name: 'Ajouter une salle' }).click()
      const editor = page.locator('archipel-room-editor')
      await editor.getByLabel('Nom de la salle').fill('Petite salle du fond')
      await editor.getByLabel('Capacité (personnes)').fill('12')
      await editor.getByLabel('paperboard').check()
      await editor.locator('archipel-point-map[data-state=ready]').waitFor({ timeout: browserTimeout })
      await editor.locator('archipel-point-map canvas').click()
      await expect.poll(() => editor.getByLabel('Longitude').inputValue()).not.toBe('')
      // Then typed exactly, as a host who knows the coordinates would.
      await editor.getByLabel('Longitude').fill('-1.6975')
      await editor.getByLabel('Latitude').fill('48.1449')
      await editor.getByLabel('Masquée').check()
      await editor.getByRole('button', { name: 'Enregistrer' }).click()
      await page.getByText('Salle enregistrée.').waitFor({ timeout: browserTimeout })
      await page.getByRole('link', { name: 'Petite salle du fond' }).waitFor({ timeout: browserTimeout })
      const rows = await server.database.query<{ status: string; capacity: number; equipment: string[]; lon: number }>(sql`
        SELECT status, capacity, equipment, ST_X(location) AS lon FROM rooms WHERE name = 'Petite salle du fond'`)
      expect(rows).toEqual([{ status: 'hidden', capacity: 12, equipment: ['paperboard'], lon: -1.6975 }])
    } finally {
      await page.close()
    }
  }, browserTimeout)

  it('shows the approved slot as busy on the room page', async () => {
    const page = await association.newPage()
    await page.goto(`${server.url}/salles/${chosenRoomId}`)
    const calendar = page.locator('archipel-room-calendar')
    const weeks = (Date.parse(weekStart(evening)) - Date.parse(weekStart(parisToday(testClock())))) / (7 * 86_400_000)
    for (let week = 0; week < weeks; week++) {
      await calendar.getByRole('button', { name: /Semaine suivante/ }).click()
    }
    const busy = calendar.getByRole('list', { name: 'Créneaux occupés' })
    const expected = formatWhen(parisInstant(evening, '19:00'), parisInstant(evening, '21:00'), false, 'fr')
    await busy.getByText(expected).waitFor({ timeout: browserTimeout })
    await page.close()
  }, browserTimeout)

  it('shows the association its request as approved in "Mes demandes"', async () => {
    const page = await association.newPage()
    try {
      await page.goto(`${server.url}/mes-salles`)
      const own = page.locator('archipel-room-loan-inbox[mode=own] li', { hasText: purpose })
      await own.waitFor({ timeout: browserTimeout })
      expect(await own.locator('.status').textContent()).toBe('acceptée')
      expect(await own.getByRole('button', { name: 'Annuler la demande' }).isVisible()).toBe(true)
    } finally {
      await page.close()
    }
  }, browserTimeout)

  it('lets a person without account ask, then cancel through the secret link', async () => {
    const visitor = await newContext(browser, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } })
    try {
      const page = await visitor.newPage()
      await page.goto(`${server.url}/salles/${chosenRoomId}`)
      const form = page.locator('archipel-room-request-form')
      await form.getByLabel('Date', { exact: true }).fill(evening)
      await form.getByLabel('Début').fill('14:00')
      await form.getByLabel('Fin').fill('16:00')
      await form.getByLabel('Objet de la réunion').fill('Réunion de quartier')
      await form.getByLabel(/Nombre de personnes/).fill('8')
      await form.getByLabel('Nom et prénom, ou nom du collectif').fill('Camille Dupont')
      await form.getByLabel('Adresse e-mail').fill('camille@example.org')
      await form.getByRole('button', { name: 'Envoyer la demande' }).click()
      await form.locator('a.cancel-link').click()
      await page.getByRole('heading', { name: 'Annuler ma demande de salle' }).waitFor({ timeout: browserTimeout })
      await page.getByRole('button', { name: 'Annuler ma demande' }).click()
      await page.getByText('Votre demande est annulée.').waitFor({ timeout: browserTimeout })
      const rows = await server.database.query<{ status: string }>(sql`
        SELECT status FROM loans WHERE requester_email = 'camille@example.org'`)
      expect(rows.map((row) => row.status)).toEqual(['cancelled'])
    } finally {
      await visitor.close()
    }
  }, browserTimeout)

  it('leaves exactly one approved loan for that evening in the database', async () => {
    const rows = await server.database.query<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM loans
      WHERE room_id = ${chosenRoomId}::uuid AND status = 'approved' AND start = ${parisInstant(evening, '19:00')}::timestamptz
        AND "end" = ${parisInstant(evening, '21:00')}::timestamptz AND people = 20`)
    expect(rows[0]?.count).toBe(1)
  })
})

async function signedInContext(browser: Browser, url: string, token: string): Promise<BrowserContext> {
  const context = await newContext(browser, { locale: 'fr-FR', timezoneId: 'America/Montreal', viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url }])
  return context
}
