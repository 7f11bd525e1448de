/**
 * Synthetic rows, built from a seeded random stream: initiatives around
 * towns, rooms lent by some of them with their loans. Plain functions; the
 * rows are written as they are by write-rows.ts. Events are in make-events.ts.
 */
import { DateTime } from 'luxon'
import { EQUIPMENT } from '../../db/schema/index.js'
import type { Random } from './random.js'
import { ofTown, pointNear, type Town } from './towns.js'
import {
  AUDIENCES, CATEGORY_SLUGS, CATEGORY_WORDS, LOAN_PURPOSES, NAMES, PRACTICAL, QUARTERS, ROOM_CONDITIONS, ROOM_NAMES, STREETS,
} from './vocabulary.js'

export const ZONE = 'Europe/Paris'
const DAY = 86_400_000

/** What rooms, loans and events need to know of an initiative. */
export interface Place {
  id: string
  name: string
  categories: string[]
  lon: number
  lat: number
  address: string
  commune: string
  territories: string[]
  /** The centre it clusters around; null for an initiative found in the database. */
  town: Town | null
}

export interface InitiativeRow {
  id: string; name: string; description: string; categories: string[]; legal_form: string
  lon: number; lat: number; address: string; commune: string; territories: string[]
  website: string | null; email: string | null; phone: string | null; email_public: boolean; phone_public: boolean
  created_at: string
}

export interface RoomRow {
  id: string; host_id: string; name: string; description: string; lon: number; lat: number; address: string
  commune: string; territories: string[]; capacity: number; surface: number | null; equipment: string[]
  step_free: boolean; free: boolean; conditions: string; rules: string
}

export interface LoanRow {
  id: string; room_id: string; start: string; end: string; purpose: string; people: number; requester_name: string
  requester_email: string | null; requester_organisation_id: string; status: string; decided_at: string | null; created_at: string
}

export function fill(pattern: string, words: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => words[key] ?? '')
}

export function slugOf(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40)
}

export function addressIn(town: Town, random: Random): string {
  return `${random.int(1, 120)} ${random.pick(STREETS)}, ${town.postalCode} ${town.name}`
}

export function makeInitiative(random: Random, town: Town, territories: string[], now: Date): InitiativeRow {
  const main = random.pick(CATEGORY_SLUGS)
  const categories = random.chance(0.25) ? [...new Set([main, random.pick(CATEGORY_SLUGS)])] : [main]
  const words = CATEGORY_WORDS[main]!
  const of = random.chance(0.75) ? ofTown(town.name) : random.pick(QUARTERS)
  const name = fill(random.pick(words.names), { of, name: random.pick(NAMES), town: town.name })
  const description = `${capitalise(random.pick(words.activities))} ; ${random.pick(AUDIENCES)}.` +
    (random.chance(0.5) ? `\n${random.pick(PRACTICAL)}` : '')
  const [lon, lat] = pointNear(town, random)
  const slug = slugOf(name)
  const hasEmail = random.chance(0.7)
  const hasPhone = random.chance(0.3)
  return {
    id: random.uuid(), name, description, categories, legal_form: random.pick(words.legalForms),
    lon, lat, address: addressIn(town, random), commune: town.code, territories,
    website: random.chance(0.6) ? `https://${slug}.example.org` : null,
    email: hasEmail ? `contact@${slug}.example.org` : null,
    // 01 99 00 xx xx is reserved for fiction by the French numbering plan.
    phone: hasPhone ? `01 99 00 ${twoDigits(random)} ${twoDigits(random)}` : null,
    email_public: hasEmail && random.chance(0.8), phone_public: hasPhone && random.chance(0.5),
    created_at: new Date(now.getTime() - random.int(0, 1500) * DAY).toISOString(),
  }
}

export function placeOf(row: InitiativeRow, town: Town): Place {
  return { id: row.id, name: row.name, categories: row.categories, lon: row.lon, lat: row.lat, address: row.address, commune: row.commune, territories: row.territories, town }
}

export function makeRoom(random: Random, host: Place): RoomRow {
  const capacity = random.pick([8, 10, 12, 15, 20, 25, 30, 40, 50, 80, 120])
  const free = random.chance(0.55)
  return {
    id: random.uuid(), host_id: host.id, name: random.pick(ROOM_NAMES),
    description: `Salle prêtée par ${host.name} ; ${capacity} personnes au plus.`,
    lon: host.lon, lat: host.lat, address: host.address, commune: host.commune, territories: host.territories,
    capacity, surface: random.chance(0.7) ? capacity * random.int(2, 4) : null,
    equipment: random.sample(EQUIPMENT, random.int(1, 6)), step_free: random.chance(0.7), free,
    conditions: free ? ROOM_CONDITIONS[0]! : random.pick(ROOM_CONDITIONS.slice(1)), rules: 'Remettre la salle en ordre après usage.',
  }
}

/** A few loans of a room, one after the other: approved ones never overlap. */
export function makeLoans(random: Random, room: RoomRow, requesters: Place[], now: Date): LoanRow[] {
  const loans: LoanRow[] = []
  let day = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day').minus({ days: 14 })
  for (let n = random.int(0, 6); n > 0; n--) {
    day = day.plus({ days: random.int(1, 12) })
    const start = day.set({ hour: random.pick([9, 10, 14, 18]) })
    const end = start.plus({ hours: random.int(2, 8) })
    const requester = random.pick(requesters)
    const status = random.pick(['approved', 'approved', 'approved', 'requested', 'requested', 'declined', 'cancelled'])
    const asked = Math.min(now.getTime(), start.toMillis() - random.int(3, 30) * DAY)
    loans.push({
      id: random.uuid(), room_id: room.id, start: start.toISO()!, end: end.toISO()!, purpose: random.pick(LOAN_PURPOSES),
      people: random.int(2, room.capacity), requester_name: requester.name,
      requester_email: `contact@${slugOf(requester.name)}.example.org`, requester_organisation_id: requester.id, status,
      decided_at: status === 'requested' ? null : new Date(Math.min(now.getTime(), asked + random.int(1, 3) * DAY)).toISOString(),
      created_at: new Date(asked).toISOString(),
    })
  }
  return loans
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function twoDigits(random: Random): string {
  return String(random.int(0, 99)).padStart(2, '0')
}
