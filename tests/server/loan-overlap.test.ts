/**
 * The database itself keeps a room from being lent twice at once (the
 * `loans_no_overlap` exclusion constraint), whatever the code above it does.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'

type LoanStatus = 'requested' | 'approved' | 'declined' | 'cancelled'

describe('overlapping loans of a room', () => {
  let database: TestDatabase
  let roomA: string
  let roomB: string
  /** Each test works on its own day so that their loans never meet. */
  let day = 0

  beforeAll(async () => {
    database = await createTestDatabase()
    const [host] = await database.query<{ id: string }>(sql`
      INSERT INTO initiatives (name, location, commune, status)
      VALUES ('Maison des associations', ST_SetSRID(ST_Point(0.6848, 47.3941), 4326), '37261', 'published')
      RETURNING id`)
    const rooms = await database.query<{ id: string }>(sql`
      INSERT INTO rooms (host_id, name, location, capacity)
      SELECT ${host!.id}::uuid, name, ST_SetSRID(ST_Point(0.6848, 47.3941), 4326), 20
      FROM (VALUES ('Salle A'), ('Salle B')) AS r(name)
      RETURNING id`)
    ;[roomA, roomB] = rooms.map((r) => r.id) as [string, string]
  })
  afterAll(async () => { await database?.close() })

  const newDay = () => `2031-03-${String(++day).padStart(2, '0')}`

  const lend = (room: string, date: string, from: string, to: string, status: LoanStatus) =>
    database.query<{ id: string }>(sql`
      INSERT INTO loans (room_id, start, "end", people, requester_name, status)
      VALUES (${room}::uuid, ${`${date}T${from}:00Z`}::timestamptz, ${`${date}T${to}:00Z`}::timestamptz,
        8, 'Collectif test', ${status})
      RETURNING id`).then((rows) => rows[0]!.id)

  /** The text of a database error, wherever the driver (or drizzle's wrapper) put it. */
  const failure = async (attempt: Promise<unknown>): Promise<string> => {
    try {
      await attempt
    } catch (error) {
      const parts: unknown[] = []
      for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
        parts.push(String(e), (e as { constraint_name?: string; constraint?: string }).constraint_name,
          (e as { constraint?: string }).constraint)
      }
      return parts.filter(Boolean).join('\n')
    }
    throw new Error('the database accepted it')
  }

  it('refuses a second approved loan that overlaps the first', async () => {
    const date = newDay()
    await lend(roomA, date, '10:00', '12:00', 'approved')
    expect(await failure(lend(roomA, date, '11:00', '13:00', 'approved'))).toContain('loans_no_overlap')
    expect(await failure(lend(roomA, date, '10:30', '11:30', 'approved'))).toContain('loans_no_overlap')
    const [count] = await database.query<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM loans WHERE room_id = ${roomA}::uuid AND (start AT TIME ZONE 'UTC')::date = ${date}::date`)
    expect(count?.n).toBe(1)
  })

  it('refuses to approve a request that overlaps an approved loan', async () => {
    const date = newDay()
    await lend(roomA, date, '14:00', '16:00', 'approved')
    const request = await lend(roomA, date, '15:00', '17:00', 'requested')
    const approve = database.query(sql`UPDATE loans SET status = 'approved' WHERE id = ${request}::uuid`)
    expect(await failure(approve)).toContain('loans_no_overlap')
  })

  it('accepts back-to-back approved loans (10:00–11:00 then 11:00–12:00)', async () => {
    const date = newDay()
    await lend(roomA, date, '10:00', '11:00', 'approved')
    await expect(lend(roomA, date, '11:00', '12:00', 'approved')).resolves.toEqual(expect.any(String))
  })

  it('accepts overlapping requests that are not approved yet', async () => {
    const date = newDay()
    await lend(roomA, date, '10:00', '12:00', 'approved')
    await expect(lend(roomA, date, '10:00', '12:00', 'requested')).resolves.toEqual(expect.any(String))
    await expect(lend(roomA, date, '11:00', '13:00', 'requested')).resolves.toEqual(expect.any(String))
  })

  it('accepts an approved loan of another room at the same time', async () => {
    const date = newDay()
    await lend(roomA, date, '10:00', '12:00', 'approved')
    await expect(lend(roomB, date, '10:00', '12:00', 'approved')).resolves.toEqual(expect.any(String))
  })
})
