/**
 * What the room-write and loan tests share: organisations and rooms written
 * straight into the database, a room body as the API takes it, Paris
 * wall-clock times with their offset, and a reader of problem answers.
 */
import { sql } from 'drizzle-orm'
import { DateTime } from 'luxon'
import type { LightMyRequestResponse } from 'fastify'
import { expect } from 'vitest'
import type { TestApp } from '../helpers/app.js'

export const PARIS = 'Europe/Paris'
/** Tours: a commune of the reference data (Indre-et-Loire, Centre-Val de Loire). */
export const TOURS = { commune: '37261', point: [0.6848, 47.3941] as [number, number] }

/** A published organisation (an initiative) in Tours; answers its id. */
export async function createOrganisation(t: Pick<TestApp, 'database'>, name: string): Promise<string> {
  const [row] = await t.database.query<{ id: string }>(sql`
    INSERT INTO initiatives (name, location, commune, status)
    VALUES (${name}, ST_SetSRID(ST_Point(${TOURS.point[0]}, ${TOURS.point[1]}), 4326), ${TOURS.commune}, 'published')
    RETURNING id`)
  return row!.id
}

/** A published room of the host, straight into the database; answers its id. */
export async function createRoom(t: Pick<TestApp, 'database'>, hostId: string, options: { name?: string; capacity?: number } = {}) {
  const [row] = await t.database.query<{ id: string }>(sql`
    INSERT INTO rooms (host_id, name, location, commune, territories, capacity)
    VALUES (${hostId}::uuid, ${options.name ?? 'Salle test'}, ST_SetSRID(ST_Point(${TOURS.point[0]}, ${TOURS.point[1]}), 4326),
      ${TOURS.commune}, archipel_territories_of(${TOURS.commune}), ${options.capacity ?? 20})
    RETURNING id`)
  return row!.id
}

/** A room as POST /api/rooms takes it (a GeoJSON Feature). */
export function roomBody(hostId: string, properties: Record<string, unknown> = {}, coordinates: number[] = TOURS.point) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      name: 'Salle des fêtes', host_id: hostId, capacity: 40, commune: TOURS.commune, address: '1 rue Nationale, Tours',
      equipment: ['sono', 'tables'], step_free: true, free: false, conditions: 'Participation : 20 € la demi-journée',
      ...properties,
    },
  }
}

/** A Paris wall-clock time (`2031-10-25T22:00`) as RFC 3339 with the offset Paris has then. */
export function parisTime(local: string): string {
  return DateTime.fromISO(local, { zone: PARIS }).toISO({ suppressMilliseconds: true })!
}

/** The Paris date `days` after the instant, as `YYYY-MM-DD`. */
export function parisDay(from: Date, days: number): string {
  return DateTime.fromJSDate(from, { zone: PARIS }).plus({ days }).toISODate()!
}

/** The fields a 4xx problem+json answer names, after checking its status and type. */
export function problemFields(response: LightMyRequestResponse, status: number): string[] {
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toContain('application/problem+json')
  return ((response.json().errors ?? []) as { field: string }[]).map((error) => error.field)
}
