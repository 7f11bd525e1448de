/**
 * The demo data files of this folder, read and checked. Places are GeoJSON
 * FeatureCollections whose Feature `id` is a demo key (`reso-solidaire`) by
 * which rooms, loans and events name them; the loader turns keys into ids.
 */
import { readdir, readFile } from 'node:fs/promises'
import type { EVENT_KINDS, EVENT_STATUSES, LEGAL_FORMS, LOAN_STATUSES } from '../../db/schema/index.js'
import type { DaySpec, Schedule } from './demo-dates.js'

const DEMO_DIR = new URL('./', import.meta.url)

export interface PointFeature<P> {
  type: 'Feature'
  id: string
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: P
}

export interface InitiativeProperties {
  name: string
  legal_form: (typeof LEGAL_FORMS)[number]
  categories: string[]
  description: string
  address: string
  commune: string
  website?: string
  email?: string
  email_public?: boolean
  phone?: string
  phone_public?: boolean
  /** Proposals only: who proposed it, to answer them. */
  proposer_email?: string
}

export interface RoomProperties {
  /** Key of the host initiative. */
  host: string
  /** E-mail of the member account created for the host. */
  host_account: string
  name: string
  capacity: number
  surface?: number
  description: string
  address: string
  commune: string
  equipment: string[]
  step_free: boolean
  free: boolean
  conditions: string
  rules: string
}

export interface DemoLoan extends Schedule {
  room: string
  status: (typeof LOAN_STATUSES)[number]
  requester_name: string
  requester_organisation?: string
  requester_email?: string
  people: number
  purpose: string
  asked_days_ago: number
  decided_days_ago?: number
  decision_message?: string
}

export interface DemoEvent extends Schedule {
  key: string
  kind: (typeof EVENT_KINDS)[number]
  status: (typeof EVENT_STATUSES)[number]
  title: string
  description: string
  categories: string[]
  /** Key of the organising initiative (the first one when co-organised). */
  organiser: string
  /** Defaults to the organiser's name; names every organiser when several. */
  organiser_name?: string
  /** The place, at most one of: a room, an initiative's address, a free point, online. */
  room?: string
  at?: string
  place?: { address: string; commune: string; coordinates: [number, number] }
  online_url?: string
  rrule?: string
  exdates?: DaySpec[]
  free: boolean
  price?: string
  registration_url?: string
  accessibility?: string
}

export interface DemoProgramme {
  slug_prefix: string
  /** `{year}` is replaced by the programme's year. */
  title: string
  description: string
  /** The month the programme fills (the next one not over). */
  month: number
}

export interface DemoData {
  initiatives: PointFeature<InitiativeProperties>[]
  proposals: PointFeature<InitiativeProperties>[]
  rooms: PointFeature<RoomProperties>[]
  loans: DemoLoan[]
  events: DemoEvent[]
  programme: DemoProgramme
  programmeEvents: DemoEvent[]
}

/** Reads every demo file (all `initiatives-*.json` files of the folder) and checks the keys they share. */
export async function readDemoFiles(dir: URL = DEMO_DIR): Promise<DemoData> {
  const read = async <T>(name: string): Promise<T> => JSON.parse(await readFile(new URL(name, dir), 'utf8')) as T
  type Collection<P> = { features: PointFeature<P>[] }
  const initiativeFiles = (await readdir(dir)).filter((name) => /^initiatives-.+\.json$/.test(name)).sort()
  const initiatives = (await Promise.all(initiativeFiles.map((name) => read<Collection<InitiativeProperties>>(name))))
    .flatMap((collection) => collection.features)
  const programmeFile = await read<{ programme: DemoProgramme; events: DemoEvent[] }>('events-mois-de-l-ess.json')
  const data: DemoData = {
    initiatives,
    proposals: (await read<Collection<InitiativeProperties>>('proposals.json')).features,
    rooms: (await read<Collection<RoomProperties>>('rooms.json')).features,
    loans: (await read<{ loans: DemoLoan[] }>('loans.json')).loans,
    events: (await read<{ events: DemoEvent[] }>('events.json')).events,
    programme: programmeFile.programme,
    programmeEvents: programmeFile.events,
  }
  checkKeys(data)
  return data
}

/** Every key a room, loan or event names exists, and no key is used twice. */
export function checkKeys(data: DemoData): void {
  const problems: string[] = []
  const keysOf = (items: { id?: string; key?: string }[], what: string) => {
    const keys = new Set<string>()
    for (const item of items) {
      const key = item.id ?? item.key ?? ''
      if (keys.has(key)) problems.push(`${what} "${key}" is defined twice`)
      keys.add(key)
    }
    return keys
  }
  const initiatives = keysOf([...data.initiatives, ...data.proposals], 'initiative')
  const rooms = keysOf(data.rooms, 'room')
  keysOf([...data.events, ...data.programmeEvents], 'event')
  const expect = (keys: Set<string>, key: string | undefined, where: string) => {
    if (key !== undefined && !keys.has(key)) problems.push(`${where} names unknown "${key}"`)
  }
  for (const room of data.rooms) expect(initiatives, room.properties.host, `room ${room.id}`)
  for (const loan of data.loans) {
    expect(rooms, loan.room, 'a loan')
    expect(initiatives, loan.requester_organisation, 'a loan')
  }
  for (const event of [...data.events, ...data.programmeEvents]) {
    expect(initiatives, event.organiser, `event ${event.key}`)
    expect(rooms, event.room, `event ${event.key}`)
    expect(initiatives, event.at, `event ${event.key}`)
    const places = [event.room, event.at, event.place, event.online_url].filter((p) => p !== undefined)
    if (places.length > 1) problems.push(`event ${event.key} has more than one place`)
  }
  if (problems.length > 0) throw new Error(`Demo data files are inconsistent:\n  - ${problems.join('\n  - ')}`)
}
