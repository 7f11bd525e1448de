/**
 * Twenty hosts' clicks on "approve" for twenty requests of one slot: exactly
 * one wins. On PostgreSQL the approvals race over twenty HTTP connections
 * into a pool of more than twenty database connections, twenty rounds; the
 * embedded engine has one connection, so there the same rule is checked in turn.
 */
import { request as httpRequest } from 'node:http'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../helpers/app.js'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { ENGINE } from '../helpers/engine.js'
import { createOrganisation, createRoom } from './loans-fixtures.js'
import { testTime } from '../helpers/clock.js'

const REQUESTS = 20
const ROUNDS = 20
const DAY_MS = 24 * 60 * 60 * 1000

type Server = Awaited<ReturnType<typeof startTestServer>>

async function setUp(server: Server) {
  const host = await createOrganisation(server, 'Maison des associations')
  const room = await createRoom(server, host, { capacity: 50 })
  const hostMember = await createTestAccount(server, { organisations: [host] })
  return { room, hostMember }
}

/** `count` requested loans of the room, all over the same two hours of the round's day; their ids. */
async function overlappingRequests(server: Server, room: string, round: number, count: number): Promise<string[]> {
  const start = new Date(testTime() + (round + 2) * DAY_MS)
  const rows = await server.database.query<{ id: string }>(sql`
    INSERT INTO loans (room_id, start, "end", people, requester_name, purpose)
    SELECT ${room}::uuid, ${start.toISOString()}::timestamptz + (n * interval '1 minute'),
      ${start.toISOString()}::timestamptz + interval '2 hours', 10, 'Demandeur ' || n, 'Course'
    FROM generate_series(1, ${count}) AS n
    RETURNING id`)
  return rows.map((row) => row.id)
}

const approvedAmong = async (server: Server, ids: string[]) => (await server.database.query<{ n: number }>(sql`
  SELECT count(*)::int AS n FROM loans WHERE status = 'approved' AND id::text = ANY(${`{${ids.join(',')}}`}::text[])`))[0]!.n

/** POST /api/loans/{id}/approve on a connection of its own (no keep-alive agent); answers the status. */
function approveOverOwnConnection(url: string, id: string, account: TestAccount): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = '{}'
    const request = httpRequest(`${url}/api/loans/${id}/approve`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: `archipel_session=${account.token}` },
    }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode!))
    })
    request.on('error', reject)
    request.end(body)
  })
}

describe.runIf(ENGINE === 'postgres')('concurrent approvals of overlapping requests, on PostgreSQL', () => {
  let server: Server
  let fixture: Awaited<ReturnType<typeof setUp>>
  beforeAll(async () => {
    server = await startTestServer()
    fixture = await setUp(server)
  })
  afterAll(async () => { await server?.close() })

  it(`approves exactly one of ${REQUESTS} overlapping requests approved at once, round after round`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ids = await overlappingRequests(server, fixture.room, round, REQUESTS)
      const statuses = await Promise.all(ids.map((id) => approveOverOwnConnection(server.url, id, fixture.hostMember)))
      expect(statuses.sort(), `round ${round}`).toEqual([200, ...Array<number>(REQUESTS - 1).fill(409)])
      expect(await approvedAmong(server, ids), `round ${round}`).toBe(1)
    }
  }, 300_000)
})

describe.runIf(ENGINE === 'pglite')('approvals of overlapping requests one after the other, on PGlite', () => {
  let server: Server
  let fixture: Awaited<ReturnType<typeof setUp>>
  beforeAll(async () => {
    server = await startTestServer()
    fixture = await setUp(server)
  })
  afterAll(async () => { await server?.close() })

  it(`approves the first of ${REQUESTS} overlapping requests and refuses the others with 409`, async () => {
    const ids = await overlappingRequests(server, fixture.room, 0, REQUESTS)
    const statuses: number[] = []
    for (const id of ids) statuses.push(await approveOverOwnConnection(server.url, id, fixture.hostMember))
    expect(statuses).toEqual([200, ...Array<number>(REQUESTS - 1).fill(409)])
    expect(await approvedAmong(server, ids)).toBe(1)
  })
})
