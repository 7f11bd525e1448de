import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../helpers/app.js'

interface Stats {
  initiatives: { by_category: { category: string; count: number }[]; by_territory: { territory: string; name: string | null; count: number }[] }
  events: { by_month: { month: string; count: number }[]; by_programme: { programme: string; count: number }[] }
  loans: { by_month: { month: string; count: number }[]; by_room: { room_id: string; name: string | null; count: number }[] }
}

const sum = (items: { count: number }[]) => items.reduce((total, { count }) => total + count, 0)

describe('GET /api/stats', () => {
  let t: TestApp
  let stats: Stats
  beforeAll(async () => {
    t = await buildTestApp({ demo: true })
    // Just after midnight in Paris on the first of a month: still the month before in UTC and in Montréal.
    await t.database.query(sql`INSERT INTO events (title, start, "end", online_url, status)
      VALUES ('Minuit à Paris', '2030-03-31T22:30:00Z', '2030-03-31T23:30:00Z', 'https://example.org/live', 'published'),
             ('Proposé', '2030-03-31T22:30:00Z', '2030-03-31T23:30:00Z', 'https://example.org/live', 'pending')`)
    await t.database.query(sql`INSERT INTO loans (room_id, start, "end", people, requester_name, status)
      SELECT id, '2031-01-31T23:30:00Z', '2031-02-01T01:00:00Z', 5, 'Test', 'approved' FROM rooms ORDER BY id LIMIT 1`)
    await t.database.query(sql`INSERT INTO loans (room_id, start, "end", people, requester_name, status)
      SELECT id, '2031-03-31T23:30:00Z', '2031-04-01T01:00:00Z', 5, 'Test', 'requested' FROM rooms ORDER BY id LIMIT 1`)
    const response = await t.app.inject({ url: '/api/stats' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['access-control-allow-origin']).toBe('*')
    stats = response.json()
  })
  afterAll(async () => { await t?.close() })

  const count = async (statement: ReturnType<typeof sql>) => (await t.database.query<{ n: number }>(statement))[0]!.n

  it('counts published initiatives by category, every category of the taxonomy listed', async () => {
    const categories = await count(sql`SELECT count(*)::int AS n FROM categories`)
    expect(stats.initiatives.by_category).toHaveLength(categories)
    const food = stats.initiatives.by_category.find((c) => c.category === 'alimentation')
    expect(food?.count).toBe(await count(sql`SELECT count(*)::int AS n FROM initiatives
      WHERE status = 'published' AND 'alimentation' = ANY(categories)`))
    expect(food!.count).toBeGreaterThan(0)
  })

  it('counts published initiatives by département, with its name', async () => {
    const published = await count(sql`SELECT count(*)::int AS n FROM initiatives WHERE status = 'published'`)
    expect(sum(stats.initiatives.by_territory)).toBe(published)
    expect(stats.initiatives.by_territory.find((d) => d.territory === 'departement:37')).toEqual({
      territory: 'departement:37', name: 'Indre-et-Loire',
      count: await count(sql`SELECT count(*)::int AS n FROM initiatives WHERE status = 'published' AND 'departement:37' = ANY(territories)`),
    })
  })

  it('counts published events by month, in Europe/Paris', async () => {
    expect(sum(stats.events.by_month)).toBe(await count(sql`SELECT count(*)::int AS n FROM events WHERE status = 'published'`))
    expect(stats.events.by_month.find((m) => m.month === '2030-04')?.count).toBe(1)
    expect(stats.events.by_month.find((m) => m.month === '2030-03')).toBeUndefined()
    for (const { month } of stats.events.by_month) expect(month).toMatch(/^\d{4}-\d{2}$/)
  })

  it('counts published events by programme', async () => {
    const [programme] = await t.database.query<{ slug: string; n: number }>(sql`
      SELECT ep.programme_slug AS slug, count(*)::int AS n FROM event_programmes ep JOIN events e ON e.id = ep.event_id
      WHERE e.status = 'published' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`)
    expect(programme!.n).toBeGreaterThan(0)
    expect(stats.events.by_programme.find((p) => p.programme === programme!.slug)?.count).toBe(programme!.n)
  })

  it('counts approved loans by month in Europe/Paris, and by room', async () => {
    const approved = await count(sql`SELECT count(*)::int AS n FROM loans WHERE status = 'approved'`)
    expect(sum(stats.loans.by_month)).toBe(approved)
    expect(sum(stats.loans.by_room)).toBe(approved)
    expect(stats.loans.by_month.find((m) => m.month === '2031-02')?.count).toBe(1)
    expect(stats.loans.by_month.find((m) => m.month === '2031-04')).toBeUndefined()
    const [busiest] = await t.database.query<{ id: string; name: string; n: number }>(sql`
      SELECT r.id::text AS id, r.name, count(*)::int AS n FROM loans l JOIN rooms r ON r.id = l.room_id
      WHERE l.status = 'approved' GROUP BY r.id, r.name ORDER BY 3 DESC, 1 LIMIT 1`)
    expect(stats.loans.by_room[0]).toEqual({ room_id: busiest!.id, name: busiest!.name, count: busiest!.n })
  })
})
