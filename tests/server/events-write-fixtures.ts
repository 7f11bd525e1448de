/**
 * What the agenda's write tests share: a room and its host organisation, a
 * member of that host, a member of another organisation, a moderator, and a
 * well-formed event body to vary.
 */
import { sql } from 'drizzle-orm'
import type { TestApp } from '../helpers/app.js'
import { createTestAccount, type TestAccount } from '../helpers/accounts.js'
import { parseWithIcalJs } from './feeds/ical-parsers.js'

export interface AgendaActors {
  /** A published room, its host initiative and that initiative's name. */
  roomId: string
  hostId: string
  hostName: string
  /** A published initiative that hosts no room of the above. */
  otherId: string
  member: TestAccount
  outsider: TestAccount
  moderator: TestAccount
}

export async function agendaActors(t: TestApp): Promise<AgendaActors> {
  const [room] = await t.database.query<{ room_id: string; host_id: string; host_name: string }>(sql`
    SELECT r.id::text AS room_id, r.host_id::text AS host_id, i.name AS host_name
    FROM rooms r JOIN initiatives i ON i.id = r.host_id WHERE r.status = 'published' ORDER BY r.name LIMIT 1`)
  const [other] = await t.database.query<{ id: string }>(sql`
    SELECT id::text AS id FROM initiatives WHERE status = 'published' AND id <> ${room!.host_id}::uuid ORDER BY name LIMIT 1`)
  return {
    roomId: room!.room_id,
    hostId: room!.host_id,
    hostName: room!.host_name,
    otherId: other!.id,
    member: await createTestAccount(t, { organisations: [room!.host_id] }),
    outsider: await createTestAccount(t, { organisations: [other!.id] }),
    moderator: await createTestAccount(t, { role: 'moderator' }),
  }
}

/** The fixture event's point: its address in Tours. */
export const TOURS = { type: 'Point', coordinates: [0.6848, 47.3941] }

/** What moves the fixture event from its address to a room, an initiative or online (with a null geometry). */
export const WITHOUT_ADDRESS = { address: undefined, commune: undefined }

/**
 * A single timed event in Tours, organised by `organiserId`, as the Feature
 * POST /api/events takes: `overrides` replace its properties (undefined
 * removes one), `geometry` its point.
 */
export function eventBody(organiserId: string | null, overrides: Record<string, unknown> = {}, geometry: object | null = TOURS) {
  return {
    type: 'Feature',
    geometry,
    properties: {
      title: 'Atelier réparation de vélos',
      description: 'Venez avec votre vélo.',
      start: '2027-03-20T10:00:00+01:00',
      end: '2027-03-20T12:00:00+01:00',
      kind: 'atelier',
      categories: ['mobilite'],
      ...(organiserId ? { organiser_id: organiserId } : { organiser_name: 'Collectif vélo' }),
      address: '12 rue Nationale, 37000 Tours',
      commune: '37261',
      ...overrides,
    },
  }
}

/** The VEVENTs of the whole agenda feed, as ical.js reads them, keyed by event id. */
export async function feedEvents(t: TestApp) {
  const response = await t.app.inject({ url: '/feeds/events.ics' })
  if (response.statusCode !== 200) throw new Error(`feed answered ${response.statusCode}`)
  const { events } = parseWithIcalJs(response.body)
  return { body: response.body, byId: new Map(events.map((event) => [event.uid.split('@')[0]!, event])), events }
}

/** The events table's row count, to prove a refused write stored nothing. */
export async function eventCount(t: TestApp): Promise<number> {
  const [row] = await t.database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM events`)
  return row!.n
}
