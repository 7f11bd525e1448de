/** Writing programmes: create, change. Reading them (with their event counts) is in repository.ts. */
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'

export interface ProgrammeFields {
  title: string
  description: string
  start_date: string
  end_date: string
}

export function createProgrammeRepository({ query }: Database) {
  return {
    /** Stores a new programme; false when the slug is taken. */
    async insert(slug: string, fields: ProgrammeFields): Promise<boolean> {
      const rows = await query<{ slug: string }>(sql`
        INSERT INTO programmes (slug, title, description, start_date, end_date)
        VALUES (${slug}, ${fields.title}, ${fields.description}, ${fields.start_date}::date, ${fields.end_date}::date)
        ON CONFLICT (slug) DO NOTHING RETURNING slug`)
      return rows.length > 0
    },

    async find(slug: string): Promise<ProgrammeFields | undefined> {
      const [row] = await query<ProgrammeFields>(sql`
        SELECT title, description, start_date::text AS start_date, end_date::text AS end_date FROM programmes WHERE slug = ${slug}`)
      return row
    },

    async update(slug: string, fields: ProgrammeFields): Promise<boolean> {
      const rows = await query<{ slug: string }>(sql`
        UPDATE programmes SET title = ${fields.title}, description = ${fields.description},
          start_date = ${fields.start_date}::date, end_date = ${fields.end_date}::date
        WHERE slug = ${slug} RETURNING slug`)
      return rows.length > 0
    },
  }
}

export type ProgrammeRepository = ReturnType<typeof createProgrammeRepository>
