/**
 * Writing rooms. The territories of a room follow from its commune, in SQL
 * (`archipel_territories_of`), so the list's territory filter stays right.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { textArray } from '../shared/sql.js'
import { isRoomId } from './repository.js'

/** A room's columns as the service hands them over; `undefined` leaves a column as it is. */
export interface RoomValues {
  name?: string
  description?: string
  address?: string
  commune?: string
  capacity?: number
  surface?: number | null
  equipment?: string[]
  stepFree?: boolean
  free?: boolean
  conditions?: string
  rules?: string
  status?: 'published' | 'hidden'
  location?: [number, number]
}

/** Column name → SQL value, for the columns given. */
function assignments(values: RoomValues): [string, SQL][] {
  const pairs: [string, SQL | undefined][] = [
    ['name', values.name === undefined ? undefined : sql`${values.name}`],
    ['description', values.description === undefined ? undefined : sql`${values.description}`],
    ['address', values.address === undefined ? undefined : sql`${values.address}`],
    ['commune', values.commune === undefined ? undefined : sql`${values.commune}`],
    ['territories', values.commune === undefined ? undefined : sql`archipel_territories_of(${values.commune})`],
    ['capacity', values.capacity === undefined ? undefined : sql`${values.capacity}`],
    ['surface', values.surface === undefined ? undefined : sql`${values.surface}::numeric`],
    ['equipment', values.equipment === undefined ? undefined : textArray(values.equipment)],
    ['step_free', values.stepFree === undefined ? undefined : sql`${values.stepFree}`],
    ['free', values.free === undefined ? undefined : sql`${values.free}`],
    ['conditions', values.conditions === undefined ? undefined : sql`${values.conditions}`],
    ['rules', values.rules === undefined ? undefined : sql`${values.rules}`],
    ['status', values.status === undefined ? undefined : sql`${values.status}`],
    ['location', values.location === undefined ? undefined
      : sql`ST_SetSRID(ST_MakePoint(${values.location[0]}, ${values.location[1]}), 4326)`],
  ]
  return pairs.filter((pair): pair is [string, SQL] => pair[1] !== undefined)
}

export function createRoomWriteRepository({ query }: Database) {
  return {
    /** Inserts a room (name, capacity and location given) and answers its id. */
    async insert(hostId: string, values: RoomValues & { name: string; capacity: number; location: [number, number] }): Promise<string> {
      const columns = assignments(values)
      const [row] = await query<{ id: string }>(sql`
        INSERT INTO rooms (host_id, ${sql.raw(columns.map(([name]) => name).join(', '))})
        VALUES (${hostId}::uuid, ${sql.join(columns.map(([, value]) => value), sql`, `)})
        RETURNING id`)
      return row!.id
    },

    /** Changes the given columns of a room; the room's `updated_at` moves on. */
    async update(id: string, values: RoomValues): Promise<void> {
      const columns = assignments(values)
      const set = sql.join([...columns.map(([name, value]) => sql`${sql.raw(name)} = ${value}`), sql`updated_at = now()`], sql`, `)
      await query(sql`UPDATE rooms SET ${set} WHERE id = ${id}::uuid`)
    },

    /** The host of a room, whatever its status; undefined when unknown. */
    async findHost(id: string): Promise<string | undefined> {
      if (!isRoomId(id)) return undefined
      const [row] = await query<{ host_id: string }>(sql`SELECT host_id FROM rooms WHERE id = ${id}::uuid`)
      return row?.host_id
    },

    /** Whether the initiative exists and is published (only those can host rooms). */
    async isPublishedOrganisation(id: string): Promise<boolean> {
      const [row] = await query<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM initiatives WHERE id = ${id}::uuid AND status = 'published'`)
      return (row?.n ?? 0) > 0
    },

    /** Whether a current commune has this INSEE code. */
    async isCommune(code: string): Promise<boolean> {
      const [row] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM territories WHERE id = ${`commune:${code}`}`)
      return (row?.n ?? 0) > 0
    },
  }
}

export type RoomWriteRepository = ReturnType<typeof createRoomWriteRepository>
