/**
 * Counts for GET /api/stats, from public data only: published initiatives,
 * published events, approved loans. Months are calendar months in
 * Europe/Paris, whatever the zone of the server or of the session.
 */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'

export function createStatsRepository({ query }: Database) {
  return {
    /** Every category of the taxonomy with its number of published initiatives, most first. */
    initiativesByCategory: () => query<{ category: string; label: string; count: number }>(sql`
      SELECT k.slug AS category, k.label, count(i.id)::int AS count
      FROM categories k LEFT JOIN initiatives i ON i.status = 'published' AND k.slug = ANY(i.categories)
      GROUP BY k.slug, k.label, k.position ORDER BY count(i.id) DESC, k.position, k.slug`),

    /** Published initiatives per département (the territory they lie in), most first. */
    initiativesByTerritory: () => query<{ territory: string; name: string | null; count: number }>(sql`
      SELECT d.territory, t.name, d.count FROM (
        SELECT p AS territory, count(*)::int AS count
        FROM initiatives i, unnest(i.territories) p
        WHERE i.status = 'published' AND p LIKE 'departement:%'
        GROUP BY p
      ) d LEFT JOIN territories t ON t.id = d.territory
      ORDER BY d.count DESC, d.territory`),

    /** Published events per month of their (first) start, in Europe/Paris. */
    eventsByMonth: () => query<{ month: string; count: number }>(sql`
      SELECT to_char(e.start AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month, count(*)::int AS count
      FROM events e WHERE e.status = 'published'
      GROUP BY 1 ORDER BY 1`),

    /** Every programme with its number of published events, latest programme first. */
    eventsByProgramme: () => query<{ programme: string; title: string; count: number }>(sql`
      SELECT p.slug AS programme, p.title, count(e.id)::int AS count
      FROM programmes p
        LEFT JOIN event_programmes ep ON ep.programme_slug = p.slug
        LEFT JOIN events e ON e.id = ep.event_id AND e.status = 'published'
      GROUP BY p.slug, p.title, p.start_date ORDER BY p.start_date DESC, p.slug`),

    /** Approved loans per month of their start, in Europe/Paris. */
    loansByMonth: () => query<{ month: string; count: number }>(sql`
      SELECT to_char(l.start AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month, count(*)::int AS count
      FROM loans l WHERE l.status = 'approved'
      GROUP BY 1 ORDER BY 1`),

    /** Approved loans per room, most first; a hidden room is counted without its name. */
    loansByRoom: () => query<{ room_id: string; name: string | null; count: number }>(sql`
      SELECT r.id::text AS room_id, CASE WHEN r.status = 'published' THEN r.name END AS name, count(*)::int AS count
      FROM loans l JOIN rooms r ON r.id = l.room_id
      WHERE l.status = 'approved'
      GROUP BY r.id ORDER BY count(*) DESC, r.id`),
  }
}

export type StatsRepository = ReturnType<typeof createStatsRepository>
