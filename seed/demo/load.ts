/**
 * Loads the demo data of this folder into a migrated database whose
 * territories are loaded: initiatives (published, plus two proposals waiting
 * for a moderator), one member account per room host, rooms, loans, events
 * and the "Mois de l'ESS" programme, all in one transaction. Dates are
 * computed from `now` (see demo-dates.ts), so the demo never goes stale.
 */
import { randomUUID } from 'node:crypto'
import { inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import {
  accounts, categories, eventProgrammes, events, initiatives, loans, memberships, programmes, revisions, rooms, territories,
} from '../../db/schema/index.js'
import { lastOccurrenceEnd } from '../../server/events/recurrence.js'
import { hashPassword } from '../../server/accounts/passwords.js'
import { DEMO_ZONE, localExdate, resolveTimes, upcomingYear } from './demo-dates.js'
import { readDemoFiles, type DemoData, type DemoEvent, type InitiativeProperties, type PointFeature } from './demo-files.js'

export const DEMO_SOURCE = 'import:demo'
/** Arbitrary constant naming the lock that keeps two loaders from both finding the database empty. */
const DEMO_LOCK = 7_361_845_211
const DAY = 86_400_000

type Tx = Parameters<Parameters<Database['db']['transaction']>[0]>[0]

export interface DemoCounts { initiatives: number; rooms: number; loans: number; events: number }

/** What rooms, loans and events need to know of an initiative named by its key. */
interface Place { id: string; name: string; point: [number, number]; address: string; commune: string }

export async function loadDemoData(database: Database, options: { now?: Date } = {}): Promise<DemoCounts> {
  const now = options.now ?? new Date()
  const data = await readDemoFiles()
  return database.db.transaction(async (tx) => {
    await database.query(sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK})`, tx)
    const [loaded] = await database.query(sql`SELECT 1 FROM initiatives WHERE source = ${DEMO_SOURCE} LIMIT 1`, tx)
    if (loaded) throw new Error('The demo data is already loaded (initiatives with source import:demo exist); not loading it twice')
    await checkReferenceData(tx, data)
    const places = await insertInitiatives(tx, data, now)
    const hostAccounts = await insertHostAccounts(tx, data, places)
    const roomIds = await insertRooms(tx, data, places)
    const loanCount = await insertLoans(tx, data, { places, roomIds, hostAccounts }, now)
    const eventCount = await insertEvents(tx, data, { places, roomIds }, now)
    return { initiatives: places.size, rooms: roomIds.size, loans: loanCount, events: eventCount }
  })
}

/** Refuses to load places whose commune or categories the database does not know. */
async function checkReferenceData(tx: Tx, data: DemoData): Promise<void> {
  const allEvents = [...data.events, ...data.programmeEvents]
  const communes = new Set([
    ...[...data.initiatives, ...data.proposals, ...data.rooms].map((f) => f.properties.commune),
    ...allEvents.flatMap((e) => (e.place ? [e.place.commune] : [])),
  ])
  const known = await tx.select({ id: territories.id }).from(territories)
    .where(inArray(territories.id, [...communes].map((code) => `commune:${code}`)))
  const missingCommunes = [...communes].filter((code) => !known.some((t) => t.id === `commune:${code}`))
  if (missingCommunes.length > 0) {
    throw new Error(`Territories missing for communes ${missingCommunes.join(', ')}: load the territory reference data before the demo`)
  }
  const slugs = new Set((await tx.select({ slug: categories.slug }).from(categories)).map((c) => c.slug))
  const used = [...data.initiatives, ...data.proposals].flatMap((f) => f.properties.categories)
    .concat(allEvents.flatMap((e) => e.categories))
  const missingCategories = [...new Set(used.filter((slug) => !slugs.has(slug)))]
  if (missingCategories.length > 0) throw new Error(`Unknown categories in the demo data: ${missingCategories.join(', ')}`)
}

async function insertInitiatives(tx: Tx, data: DemoData, now: Date): Promise<Map<string, Place>> {
  const places = new Map<string, Place>()
  const row = (feature: PointFeature<InitiativeProperties>, status: 'published' | 'pending', daysAgo: number) => {
    const p = feature.properties
    const id = randomUUID()
    places.set(feature.id, { id, name: p.name, point: feature.geometry.coordinates, address: p.address, commune: p.commune })
    const createdAt = new Date(now.getTime() - daysAgo * DAY)
    return {
      id, name: p.name, description: p.description, categories: p.categories, legalForm: p.legal_form,
      location: feature.geometry.coordinates, address: p.address, commune: p.commune,
      territories: sql`archipel_territories_of(${p.commune})`,
      website: p.website ?? null, email: p.email ?? null, phone: p.phone ?? null,
      emailPublic: p.email_public ?? false, phonePublic: p.phone_public ?? false,
      status, source: status === 'published' ? DEMO_SOURCE : 'contribution', createdAt, updatedAt: createdAt,
    }
  }
  // Imported over the past year, a few days apart, so "latest" lists look lived-in.
  const published = data.initiatives.map((f, index) => row(f, 'published', 30 + 3 * (data.initiatives.length - index)))
  const proposed = data.proposals.map((f, index) => row(f, 'pending', 1 + 3 * index))
  await tx.insert(initiatives).values([...published, ...proposed])
  await tx.insert(revisions).values(data.proposals.map((f, index) => ({
    initiativeId: places.get(f.id)!.id,
    kind: 'create' as const,
    before: null,
    after: proposedFields(f),
    proposerEmail: f.properties.proposer_email ?? null,
    status: 'pending' as const,
    createdAt: proposed[index]!.createdAt,
  })))
  return places
}

/** A proposal's fields as the proposer sent them: the public field names, and the point. */
function proposedFields(feature: PointFeature<InitiativeProperties>) {
  const { proposer_email: _proposer, ...fields } = feature.properties
  return { ...fields, geometry: feature.geometry }
}

/**
 * The demo's member accounts that have no password yet get `password`
 * (the demo admin's, printed once at the first start); returns their e-mails.
 * Only the embedded demo calls it: elsewhere an operator invites the owners.
 */
export async function openDemoMemberAccounts(database: Database, password: string): Promise<string[]> {
  const passwordHash = await hashPassword(password)
  const rows = await database.query<{ email: string }>(sql`
    UPDATE accounts SET password_hash = ${passwordHash}
    WHERE password_hash IS NULL AND role = 'member' AND email LIKE 'salles+%@example.org'
    RETURNING email`)
  return rows.map((row) => row.email).sort()
}

/** One member account (without password: an operator invites its owner) per organisation that hosts a room. */
async function insertHostAccounts(tx: Tx, data: DemoData, places: Map<string, Place>): Promise<Map<string, string>> {
  const accountOf = new Map<string, string>() // host key -> account id
  const rows: (typeof accounts.$inferInsert)[] = []
  for (const { properties: room } of data.rooms) {
    if (accountOf.has(room.host)) continue
    const id = randomUUID()
    accountOf.set(room.host, id)
    rows.push({ id, email: room.host_account, displayName: places.get(room.host)!.name, passwordHash: null, role: 'member' })
  }
  if (rows.length === 0) return accountOf
  await tx.insert(accounts).values(rows)
  await tx.insert(memberships).values([...accountOf].map(([host, accountId]) => ({ accountId, initiativeId: places.get(host)!.id })))
  return accountOf
}

async function insertRooms(tx: Tx, data: DemoData, places: Map<string, Place>): Promise<Map<string, string>> {
  const roomIds = new Map<string, string>()
  const rows = data.rooms.map((feature) => {
    const r = feature.properties
    const id = randomUUID()
    roomIds.set(feature.id, id)
    return {
      id, hostId: places.get(r.host)!.id, name: r.name, description: r.description,
      location: feature.geometry.coordinates, address: r.address, commune: r.commune,
      territories: sql`archipel_territories_of(${r.commune})`,
      capacity: r.capacity, surface: r.surface ?? null, equipment: r.equipment, stepFree: r.step_free,
      free: r.free, conditions: r.conditions, rules: r.rules, status: 'published' as const,
    }
  })
  if (rows.length > 0) await tx.insert(rooms).values(rows)
  return roomIds
}

interface LoanContext { places: Map<string, Place>; roomIds: Map<string, string>; hostAccounts: Map<string, string> }

async function insertLoans(tx: Tx, data: DemoData, context: LoanContext, now: Date): Promise<number> {
  const hostOf = new Map(data.rooms.map((room) => [room.id, room.properties.host]))
  const rows = data.loans.map((loan) => {
    const decided = loan.status !== 'requested'
    if (decided && loan.decided_days_ago === undefined) throw new Error(`The ${loan.status} loan "${loan.purpose}" needs decided_days_ago`)
    const { start, end } = resolveTimes(loan, now)
    const organisation = loan.requester_organisation
    return {
      roomId: context.roomIds.get(loan.room)!, start, end, purpose: loan.purpose, people: loan.people,
      requesterName: loan.requester_name, requesterEmail: loan.requester_email ?? null,
      requesterOrganisationId: organisation ? context.places.get(organisation)!.id : null,
      requesterAccountId: organisation ? context.hostAccounts.get(organisation) ?? null : null,
      status: loan.status,
      decidedAt: decided ? new Date(now.getTime() - loan.decided_days_ago! * DAY) : null,
      decidedBy: decided ? context.hostAccounts.get(hostOf.get(loan.room)!) ?? null : null,
      decisionMessage: loan.decision_message ?? null,
      createdAt: new Date(now.getTime() - loan.asked_days_ago * DAY),
    }
  })
  if (rows.length > 0) await tx.insert(loans).values(rows)
  return rows.length
}

interface EventContext { places: Map<string, Place>; roomIds: Map<string, string> }

async function insertEvents(tx: Tx, data: DemoData, context: EventContext, now: Date): Promise<number> {
  const roomOf = new Map(data.rooms.map((room) => [room.id, room]))
  const programmeIds: string[] = []
  const row = (event: DemoEvent, inProgramme: boolean) => {
    const id = randomUUID()
    if (inProgramme) programmeIds.push(id)
    const organiser = context.places.get(event.organiser)!
    const { start, end } = resolveTimes(event, now)
    const allDay = event.all_day ?? false
    const rrule = event.rrule ?? null
    const exdates = (event.exdates ?? []).map((day) => localExdate(day, event, now))
    const place = placeOf(event, organiser, context.places, roomOf)
    return {
      id, title: event.title, description: event.description, start, end, allDay, timezone: DEMO_ZONE,
      rrule, exdates, lastEnd: lastOccurrenceEnd({ start, end, allDay, timezone: DEMO_ZONE, rrule, exdates }),
      kind: event.kind, categories: event.categories,
      organiserId: organiser.id, organiserName: event.organiser_name ?? organiser.name,
      roomId: event.room ? context.roomIds.get(event.room)! : null,
      location: place.point, address: place.address, commune: place.commune,
      territories: place.commune ? sql`archipel_territories_of(${place.commune})` : sql`'{}'::text[]`,
      onlineUrl: event.online_url ?? null, free: event.free, price: event.price ?? '',
      registrationUrl: event.registration_url ?? null, accessibility: event.accessibility ?? '',
      // Stamped with the seed's day, not the database's: a cancelled event stays in the feeds 30 days from it.
      status: event.status, sequence: 0, createdAt: now, updatedAt: now,
    }
  }
  const rows = [...data.events.map((e) => row(e, false)), ...data.programmeEvents.map((e) => row(e, true))]
  await tx.insert(events).values(rows)

  const { programme } = data
  const year = upcomingYear(programme.month, now)
  const slug = `${programme.slug_prefix}-${year}`
  const month = String(programme.month).padStart(2, '0')
  const lastDay = new Date(Date.UTC(year, programme.month, 0)).getUTCDate()
  await tx.insert(programmes).values({
    slug, title: programme.title.replace('{year}', String(year)), description: programme.description,
    startDate: `${year}-${month}-01`, endDate: `${year}-${month}-${lastDay}`,
  }).onConflictDoNothing()
  await tx.insert(eventProgrammes).values(programmeIds.map((eventId) => ({ eventId, programmeSlug: slug })))
  return rows.length
}

/** An event's point, address and commune: its room's, an initiative's, its own, the organiser's, or none online. */
function placeOf(
  event: DemoEvent, organiser: Place, places: Map<string, Place>, roomOf: Map<string, PointFeature<{ address: string; commune: string }>>,
): { point: [number, number] | null; address: string; commune: string | null } {
  if (event.online_url) return { point: null, address: '', commune: null }
  if (event.place) return { point: event.place.coordinates, address: event.place.address, commune: event.place.commune }
  if (event.room) {
    const room = roomOf.get(event.room)!
    return { point: room.geometry.coordinates, address: room.properties.address, commune: room.properties.commune }
  }
  const at = event.at ? places.get(event.at)! : organiser
  return { point: at.point, address: at.address, commune: at.commune }
}
