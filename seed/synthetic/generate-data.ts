/**
 * Writes synthetic data of any size (benchmarks: 250,000 initiatives, 50,000
 * events, 5,000 rooms) into a migrated database whose territories are
 * loaded. Everything is published, with source `import:synthetic`. The same
 * seed gives the same rows (ids included) for the same day; a second run into
 * the same database needs another seed.
 */
import { DateTime } from 'luxon'
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { upcomingYear } from '../demo/demo-dates.js'
import { makeEvent, type EventContext } from './make-events.js'
import { makeInitiative, makeLoans, makeRoom, placeOf, ZONE, type Place, type RoomRow } from './make-rows.js'
import { createRandom } from './random.js'
import { loadTowns, townPicker, type Town } from './towns.js'
import { EVENTS, EVENT_PROGRAMMES, INITIATIVES, insertRows, LOANS, ROOMS, type RowsTable } from './write-rows.js'

export interface SyntheticOptions {
  initiatives?: number
  events?: number
  rooms?: number
  seed?: number
  now?: Date
  /** Rows per INSERT statement. */
  batchSize?: number
  onProgress?: (message: string) => void
}

export interface SyntheticCounts { initiatives: number; rooms: number; loans: number; events: number }

/** Share of the November events of the programme year that join the "Mois de l'ESS" programme. */
const PROGRAMME_SHARE = 0.25
/** Existing initiatives used as organisers when none are generated in this run. */
const EXISTING_POOL = 20_000

export async function generateSyntheticData(database: Database, options: SyntheticOptions = {}): Promise<SyntheticCounts> {
  const { seed = 1, now = new Date(), batchSize = 1000, onProgress = () => {} } = options
  const towns = loadTowns()
  const pickTown = townPicker(towns)
  const territoriesByCode = await territoriesOfTowns(database, towns)
  const territoriesOf = (town: Town) => territoriesByCode.get(town.code)!
  const write = async (target: RowsTable, rows: object[]) => {
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += batchSize) await insertRows(database, tx, target, rows.slice(i, i + batchSize))
    })
  }
  // Rows are made and written a chunk at a time, each chunk in its own transaction.
  const chunk = batchSize * 20
  const produce = async <T extends object>(total: number, label: string, make: () => T, target: RowsTable, after?: (rows: T[]) => Promise<void>) => {
    for (let done = 0; done < total;) {
      const rows = Array.from({ length: Math.min(chunk, total - done) }, make)
      await write(target, rows)
      await after?.(rows)
      done += rows.length
      onProgress(`${label}: ${done}/${total}`)
    }
  }

  const places: Place[] = []
  const initiativeRandom = createRandom(seed, 1)
  await produce(options.initiatives ?? 0, 'initiatives', () => {
    const town = pickTown(initiativeRandom)
    const row = makeInitiative(initiativeRandom, town, territoriesOf(town), now)
    places.push(placeOf(row, town))
    return row
  }, INITIATIVES)
  if (places.length === 0 && ((options.rooms ?? 0) > 0 || (options.events ?? 0) > 0)) places.push(...await existingPlaces(database))

  const rooms: { row: RoomRow; host: Place }[] = []
  let loanCount = 0
  const roomRandom = createRandom(seed, 2)
  const loanRandom = createRandom(seed, 3)
  if ((options.rooms ?? 0) > 0 && places.length === 0) throw new Error('Rooms need host initiatives: generate some with --initiatives')
  await produce(options.rooms ?? 0, 'rooms', () => {
    const host = roomRandom.pick(places)
    const row = makeRoom(roomRandom, host)
    rooms.push({ row, host })
    return row
  }, ROOMS, async (batch) => {
    const loans = batch.flatMap((room) => makeLoans(loanRandom, room, places, now))
    await write(LOANS, loans)
    loanCount += loans.length
  })

  const year = upcomingYear(11, now, ZONE)
  const slug = `mois-de-l-ess-${year}`
  const eventCount = options.events ?? 0
  if (eventCount > 0) {
    await database.query(sql`INSERT INTO programmes (slug, title, description, start_date, end_date)
      VALUES (${slug}, ${`Mois de l'ESS ${year}`}, ${"Le mois de l'économie sociale et solidaire, partout en France."},
        ${`${year}-11-01`}, ${`${year}-11-30`}) ON CONFLICT (slug) DO NOTHING`)
  }
  const eventRandom = createRandom(seed, 4)
  const context: EventContext = { now, organisers: places, rooms, pickTown, territoriesOf }
  await produce(eventCount, 'events', () => makeEvent(eventRandom, context), EVENTS, async (batch) => {
    const inNovember = batch.filter((event) => {
      const start = DateTime.fromISO(event.start, { zone: ZONE })
      return start.year === year && start.month === 11
    })
    const links = inNovember.filter(() => eventRandom.chance(PROGRAMME_SHARE)).map((event) => ({ event_id: event.id, programme_slug: slug }))
    await write(EVENT_PROGRAMMES, links)
  })
  return { initiatives: options.initiatives ?? 0, rooms: rooms.length, loans: loanCount, events: eventCount }
}

/** The `territories` array of each town, from the reference data (which must be loaded). */
async function territoriesOfTowns(database: Database, towns: Town[]): Promise<Map<string, string[]>> {
  const rows = await database.query<{ code: string; territories: string[] }>(sql`
    SELECT value AS code, archipel_territories_of(value) AS territories
    FROM json_array_elements_text(${JSON.stringify(towns.map((t) => t.code))}::json)`)
  const missing = rows.filter((row) => row.territories.length === 0).map((row) => row.code)
  if (missing.length > 0) throw new Error(`Territories missing for communes ${missing.join(', ')}: load the territory reference data first`)
  return new Map(rows.map((row) => [row.code, row.territories]))
}

/** Published initiatives already in the database, to organise events and host rooms. */
async function existingPlaces(database: Database): Promise<Place[]> {
  const rows = await database.query<Omit<Place, 'town'>>(sql`
    SELECT id, name, categories, ST_X(location) AS lon, ST_Y(location) AS lat, address, commune, territories
    FROM initiatives WHERE status = 'published' AND commune IS NOT NULL ORDER BY id LIMIT ${EXISTING_POOL}`)
  return rows.map((row) => ({ ...row, town: null }))
}
