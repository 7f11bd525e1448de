/**
 * The index.html served for a shareable page carries that page's title and
 * OpenGraph metadata, escaped; other pages carry the site's own.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

const indexHtml = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <title>Archipel</title>
    <meta name="description" content="Défaut">
    <script type="module" src="/assets/main.js"></script>
  </head>
  <body><archipel-app></archipel-app></body>
</html>`

const hostile = '<img src=x onerror=alert(1)> "quoted" & \'single\' $& $1'

describe('page metadata of the served web client', () => {
  let t: TestApp
  let webDist: string
  let hostileId: string
  let pendingId: string

  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'archipel-web-'))
    await writeFile(join(webDist, 'index.html'), indexHtml)
    t = await buildTestApp({ demo: true, env: { WEB_DIST: webDist, SITE_NAME: 'Réseau test', PUBLIC_URL: 'https://carte.example.org' } })
    const [hostileRow] = await t.database.query<{ id: string }>(sql`
      INSERT INTO initiatives (name, description, categories, location, status)
      VALUES (${hostile}, ${'Une ligne\net une autre <script>alert(2)</script>'}, '{alimentation}', ST_SetSRID(ST_MakePoint(0.69, 47.39), 4326), 'published')
      RETURNING id`)
    hostileId = hostileRow!.id
    const [pendingRow] = await t.database.query<{ id: string }>(sql`
      INSERT INTO initiatives (name, location, status)
      VALUES ('Proposition secrète', ST_SetSRID(ST_MakePoint(0.69, 47.39), 4326), 'pending') RETURNING id`)
    pendingId = pendingRow!.id
  })

  afterAll(async () => {
    await t?.close()
    await rm(webDist, { recursive: true, force: true })
  })

  async function head(url: string) {
    const response = await t.app.inject({ url })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/html')
    return response.body
  }

  function metaContent(html: string, key: string): string | undefined {
    const match = new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html)
    return match?.[1]
  }

  it('gives an initiative page its name as title and OpenGraph title, with an absolute og:url', async () => {
    const [row] = await t.database.query<{ id: string; name: string }>(sql`
      SELECT id, name FROM initiatives WHERE status = 'published' AND name NOT LIKE '<%' ORDER BY name LIMIT 1`)
    const html = await head(`/initiatives/${row!.id}`)
    expect(html).toContain(`<title>${row!.name.replace(/'/g, '&#39;')} — Réseau test</title>`)
    expect(metaContent(html, 'og:title')).toBe(`${row!.name.replace(/'/g, '&#39;')} — Réseau test`)
    expect(metaContent(html, 'og:url')).toBe(`https://carte.example.org/initiatives/${row!.id}`)
    expect(metaContent(html, 'og:type')).toBe('article')
    expect(metaContent(html, 'twitter:card')).toBe('summary')
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html.match(/name="description"/g)).toHaveLength(1)
  })

  it('escapes a hostile name and description as HTML text', async () => {
    const html = await head(`/initiatives/${hostileId}`)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script>alert(2)')
    expect(html).toContain('<title>&#60;img src=x onerror=alert(1)&#62; &#34;quoted&#34; &#38; &#39;single&#39; $&#38; $1 — Réseau test</title>')
    expect(metaContent(html, 'og:title')).toBe('&#60;img src=x onerror=alert(1)&#62; &#34;quoted&#34; &#38; &#39;single&#39; $&#38; $1 — Réseau test')
    expect(metaContent(html, 'og:description')).toBe('Une ligne et une autre &#60;script&#62;alert(2)&#60;/script&#62;')
    // The page itself is intact after the injected tags.
    expect(html).toContain('<script type="module" src="/assets/main.js"></script>')
  })

  it('describes a pending initiative with the site metadata only', async () => {
    const html = await head(`/initiatives/${pendingId}`)
    expect(html).not.toContain('Proposition secrète')
    expect(html).toContain('<title>Réseau test</title>')
    expect(metaContent(html, 'og:type')).toBe('website')
  })

  it('describes an unknown or malformed id with the site metadata', async () => {
    for (const path of ['/initiatives/00000000-0000-0000-0000-000000000000', '/initiatives/not-a-uuid']) {
      const html = await head(path)
      expect(html).toContain('<title>Réseau test</title>')
    }
  })

  it('describes a published event, a room and a programme by their own title', async () => {
    const [event] = await t.database.query<{ id: string; title: string }>(sql`SELECT id, title FROM events WHERE status = 'published' LIMIT 1`)
    const [room] = await t.database.query<{ id: string; name: string }>(sql`SELECT id, name FROM rooms WHERE status = 'published' LIMIT 1`)
    const [programme] = await t.database.query<{ slug: string; title: string }>(sql`SELECT slug, title FROM programmes LIMIT 1`)
    const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    expect(metaContent(await head(`/evenements/${event!.id}`), 'og:title')).toBe(`${escape(event!.title)} — Réseau test`)
    expect(metaContent(await head(`/salles/${room!.id}`), 'og:title')).toBe(`${escape(room!.name)} — Réseau test`)
    expect(metaContent(await head(`/programmes/${programme!.slug}`), 'og:title')).toBe(`${escape(programme!.title)} — Réseau test`)
  })

  it('gives the home page and the map the site metadata', async () => {
    for (const path of ['/', '/carte?category=alimentation']) {
      const html = await head(path)
      expect(html).toContain('<title>Réseau test</title>')
      expect(metaContent(html, 'og:url')).toBe(`https://carte.example.org${path.split('?')[0]}`)
      expect(metaContent(html, 'og:description')).toMatch(/économie sociale et solidaire/)
    }
  })
})
