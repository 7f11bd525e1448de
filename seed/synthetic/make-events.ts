/**
 * Synthetic events: mixed kinds over the coming year (and the past month),
 * some recurring (weekly, monthly, with or without an end), a few all-day,
 * online, cancelled; some in a room, most at their organiser's address.
 * Times are wall-clock times in Europe/Paris, placed with Luxon.
 */
import { DateTime } from 'luxon'
import { EVENT_KINDS } from '../../db/schema/index.js'
import { lastOccurrenceEnd } from '../../server/events/recurrence.js'
import { addressIn, fill, ZONE, type Place, type RoomRow } from './make-rows.js'
import type { Random } from './random.js'
import { ofTown, pointNear, type Town } from './towns.js'
import { ACTIVITIES, CATEGORY_SLUGS, EVENT_WORDS, PRACTICAL, SKILLS, TOPICS, TOPICS_SHORT } from './vocabulary.js'

export interface EventRow {
  id: string; title: string; description: string; start: string; end: string; all_day: boolean; rrule: string | null
  exdates: string[]; last_end: string | null; kind: string; categories: string[]; organiser_id: string | null
  organiser_name: string; room_id: string | null; lon: number | null; lat: number | null; address: string
  commune: string | null; territories: string[]; online_url: string | null; free: boolean; price: string
  registration_url: string | null; accessibility: string; status: string; sequence: number
}

export interface EventContext {
  now: Date
  /** Organisers to choose from; events get a free-text organiser when empty. */
  organisers: Place[]
  rooms: { row: RoomRow; host: Place }[]
  pickTown: (random: Random) => Town
  territoriesOf: (town: Town) => string[]
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const START_TIMES = [[9, 0], [9, 30], [10, 0], [14, 0], [14, 30], [18, 0], [18, 30], [19, 0], [20, 0], [20, 30]] as const
const PRICES = ['5 €', 'Prix libre', '10 € ; gratuit pour les adhérents', '15 €, repas compris']

export function makeEvent(random: Random, context: EventContext): EventRow {
  const id = random.uuid()
  const kind = random.pick(EVENT_KINDS)
  const organiser = context.organisers.length > 0 ? random.pick(context.organisers) : null
  const town = organiser?.town ?? context.pickTown(random)
  const orgName = organiser?.name ?? `Collectif citoyen ${ofTown(town.name)}`
  const words = EVENT_WORDS[kind]
  const title = fill(random.pick(words.titles), {
    org: `— ${orgName}`, of: ofTown(town.name), topic: random.pick(TOPICS), topic_short: random.pick(TOPICS_SHORT),
    skill: random.pick(SKILLS), activity: random.pick(ACTIVITIES),
  })
  const times = makeTimes(random, context.now)
  const place = makePlace(random, context, organiser, town, id)
  const free = random.chance(0.7)
  const status = random.chance(0.03) ? 'cancelled' : 'published'
  return {
    id, title, description: random.pick(words.blurbs) + (random.chance(0.4) ? `\n${random.pick(PRACTICAL)}` : ''),
    ...times, kind,
    categories: organiser && random.chance(0.8) ? organiser.categories : [random.pick(CATEGORY_SLUGS)],
    organiser_id: organiser?.id ?? null, organiser_name: orgName, ...place,
    free, price: free ? '' : random.pick(PRICES),
    registration_url: random.chance(0.3) ? `https://inscriptions.example.org/${id.slice(0, 8)}` : null,
    accessibility: random.chance(0.3) ? 'Accessible en fauteuil roulant.' : '',
    status, sequence: status === 'cancelled' ? 1 : 0,
  }
}

type Times = Pick<EventRow, 'start' | 'end' | 'all_day' | 'rrule' | 'exdates' | 'last_end'>

function makeTimes(random: Random, now: Date): Times {
  const day = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day').plus({ days: random.int(-30, 365) })
  if (random.chance(0.05)) {
    const end = day.plus({ days: random.int(1, 3) })
    return { start: day.toISO()!, end: end.toISO()!, all_day: true, rrule: null, exdates: [], last_end: end.toISO()! }
  }
  const [hour, minute] = random.pick(START_TIMES)
  const start = day.set({ hour, minute })
  const end = start.plus({ minutes: 30 * random.int(2, 8) })
  const single = { start: start.toISO()!, end: end.toISO()!, all_day: false, exdates: [] as string[] }
  if (!random.chance(0.12)) return { ...single, rrule: null, last_end: single.end }

  const weekday = WEEKDAYS[start.weekday - 1]!
  const weekly = random.chance(0.5) || start.day > 28
  let rrule = weekly ? `FREQ=WEEKLY;BYDAY=${weekday}`
    : random.chance(0.5) ? `FREQ=MONTHLY;BYMONTHDAY=${start.day}`
    : `FREQ=MONTHLY;BYDAY=${Math.ceil(start.day / 7)}${weekday}`
  const ending = random.next()
  if (ending < 0.3) rrule += `;COUNT=${random.int(4, 20)}`
  else if (ending < 0.6) rrule += `;UNTIL=${start.plus({ months: random.int(2, 12) }).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'")}`
  const exdates = weekly && random.chance(0.2) ? [start.plus({ weeks: 2 }).toFormat("yyyy-LL-dd'T'HH:mm:ss")] : []
  const lastEnd = lastOccurrenceEnd({ start: start.toJSDate(), end: end.toJSDate(), allDay: false, timezone: ZONE, rrule, exdates })
  return { ...single, rrule, exdates, last_end: lastEnd?.toISOString() ?? null }
}

type PlaceFields = Pick<EventRow, 'room_id' | 'lon' | 'lat' | 'address' | 'commune' | 'territories' | 'online_url'>

function makePlace(random: Random, context: EventContext, organiser: Place | null, town: Town, id: string): PlaceFields {
  const draw = random.next()
  if (draw < 0.03) {
    return { room_id: null, lon: null, lat: null, address: '', commune: null, territories: [], online_url: `https://visio.example.org/${id.slice(0, 8)}` }
  }
  if (draw < 0.11 && context.rooms.length > 0) {
    const { row } = random.pick(context.rooms)
    return { room_id: row.id, lon: row.lon, lat: row.lat, address: row.address, commune: row.commune, territories: row.territories, online_url: null }
  }
  if (draw < 0.8 && organiser) {
    return { room_id: null, lon: organiser.lon, lat: organiser.lat, address: organiser.address, commune: organiser.commune, territories: organiser.territories, online_url: null }
  }
  const [lon, lat] = pointNear(town, random)
  return { room_id: null, lon, lat, address: addressIn(town, random), commune: town.code, territories: context.territoriesOf(town), online_url: null }
}
