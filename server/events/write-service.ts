/**
 * The agenda's writes and who may make them. A member of the organising
 * initiative, a moderator or an admin publishes at once; anyone else's event
 * is stored `pending` for the moderation queue, anonymous proposals being
 * rate-limited per address. Changes and cancellations are for members of the
 * organiser and moderators; a published change raises the iCal SEQUENCE.
 * Knows neither HTTP nor SQL.
 */
import { randomUUID } from 'node:crypto'
import { actsFor } from '../accounts/acting-for.js'
import type { Account } from '../accounts/repository.js'
import { Conflict, Forbidden, Invalid, NotFound, Unauthorized, type FieldError } from '../shared/errors.js'
import { zonedTime } from './features.js'
import type { EventReader } from './service.js'
import type { EventWriteRepository, ResolvedPlace, StoredEvent } from './write-repository.js'
import type { EventChangeBody, EventCreateBody } from './write-schemas.js'
import { checkEvent, featureField, placeRequest, PLACE_FIELDS, type EventDraft, type EventInput, type PlaceRequest } from './write-validation.js'
import type { Notice } from '../shared/pending-schemas.js'


export interface Actor {
  account: Account | null
}

export type WriteOutcome =
  | { published: true; event: Awaited<ReturnType<EventReader['event']>>; notices: Notice[] }
  | { published: false; id: string; notices: Notice[] }

export interface EventWriterDependencies {
  events: EventWriteRepository
  reader: EventReader
  now: () => Date
}

/** A change as the checks read it: the Feature's properties beside its geometry. */
type EventChange = Partial<EventInput>

export function createEventWriter({ events, reader, now }: EventWriterDependencies) {
  /** The checked event in its resolved place, or a 400 naming every bad field. */
  async function prepare(input: EventInput, place: PlaceRequest | FieldError[] | { kind: 'kept'; place: ResolvedPlace }) {
    const checked = checkEvent(input, now())
    const errors: FieldError[] = 'errors' in checked ? [...checked.errors] : []
    const bad = (field: string, detail: string) => errors.push({ in: 'body', field, detail })
    if (Array.isArray(place)) errors.push(...place)

    const unknown = (field: string, values: string[]) => values.length > 0 && bad(field, `unknown ${field.replace(/s$/, '')}: ${values.join(', ')}`)
    unknown('categories', await events.unknownCategories(input.categories ?? []))
    unknown('programmes', await events.unknownProgrammes(input.programmes ?? []))
    const organiser = input.organiser_id ? await events.initiative(input.organiser_id.toLowerCase()) : undefined
    if (input.organiser_id && !organiser) bad('organiser_id', 'no published initiative has this id')

    let resolved: ResolvedPlace | undefined
    const notices: Notice[] = []
    if (!Array.isArray(place)) {
      if (place.kind === 'room') {
        const room = await events.room(place.room_id)
        if (!room) bad('room_id', 'no published room has this id')
        else {
          resolved = { room_id: room.id, point: room.point, address: room.address, commune: room.commune, online_url: null }
          if (room.host_id !== organiser?.id) notices.push('room_not_booked')
        }
      } else if (place.kind === 'initiative') {
        const initiative = await events.initiative(place.initiative_id)
        if (!initiative) bad('place_initiative_id', 'no published initiative has this id')
        else resolved = { room_id: null, point: initiative.point, address: initiative.address, commune: initiative.commune, online_url: null }
      } else if (place.kind === 'kept') {
        resolved = place.place
      } else if (place.kind === 'location') {
        if ((await events.unknownCommunes([place.commune])).length > 0) bad('commune', `no commune has the INSEE code ${place.commune}`)
        resolved = { room_id: null, point: place.point, address: place.address, commune: place.commune, online_url: null }
      } else {
        resolved = { room_id: null, point: null, address: '', commune: null, online_url: place.online_url }
      }
    }
    if (errors.length > 0 || 'errors' in checked || !resolved) {
      const named = errors.map((error) => ({ ...error, field: featureField(error.field) }))
      throw new Invalid(named.map((e) => `${e.field}: ${e.detail}`).join('; '), named)
    }
    const draft: EventDraft = { ...checked.draft, organiser_id: organiser?.id ?? null }
    return { draft, organiserName: draft.organiser_name || organiser!.name, place: resolved, notices }
  }

  async function outcome(id: string, published: boolean, notices: Notice[]): Promise<WriteOutcome> {
    return published ? { published, event: await reader.event(id), notices } : { published, id, notices }
  }

  /** The stored event, if the account may change it. */
  async function editable(id: string, account: Account | null): Promise<StoredEvent> {
    if (!account) throw new Unauthorized()
    const stored = await events.find(id.toLowerCase())
    if (!stored || stored.status === 'rejected') throw new NotFound(`No event ${id}.`)
    if (!actsFor(account, stored.organiser_id)) throw new Forbidden('Only members of the organiser and moderators change an event; others may report it.')
    return stored
  }

  return {
    /** Publishes the event (201) or stores it pending (202). */
    async propose({ geometry, properties }: EventCreateBody, { account }: Actor): Promise<WriteOutcome> {
      const { proposer_email, website_url, ...fields } = properties
      // The spam trap: a robot that filled the hidden field is answered as anyone, and nothing is stored.
      if (website_url) return { published: false, id: randomUUID(), notices: [] }
      const input: EventInput = { ...fields, geometry }
      const { draft, organiserName, place, notices } = await prepare(input, placeRequest(input))
      const published = actsFor(account, draft.organiser_id)
      const id = await events.insert(draft, organiserName, place, {
        status: published ? 'published' : 'pending',
        proposer_account_id: account?.id ?? null,
        proposer_email: account ? null : proposer_email ?? null,
        at: now(),
      })
      return outcome(id, published, notices)
    },

    /** Applies a partial change, re-checking the whole event; a change of place replaces the place. */
    async change(id: string, body: EventChangeBody, { account }: Actor): Promise<WriteOutcome> {
      const stored = await editable(id, account)
      const change: EventChange = { ...body.properties, ...(body.geometry === undefined ? {} : { geometry: body.geometry }) }
      if (stored.status === 'cancelled') throw new Conflict('A cancelled event is no longer changed.')
      if (change.organiser_id && !actsFor(account, change.organiser_id.toLowerCase())) {
        throw new Forbidden('An event can only be given to an organisation you belong to.')
      }
      const placeChanged = PLACE_FIELDS.some((field) => change[field] !== undefined)
      const fields = Object.fromEntries(Object.entries(change).filter(([name]) => !(PLACE_FIELDS as readonly string[]).includes(name)))
      const input: EventInput = {
        ...inputOf(stored),
        // A new organiser brings its own name unless one is given.
        ...(change.organiser_id !== undefined && change.organiser_name === undefined ? { organiser_name: '' } : {}),
        // A series made single loses its exceptions.
        ...(change.rrule === null && change.exdates === undefined ? { exdates: [] } : {}),
        ...fields,
      }
      const { draft, organiserName, place, notices } = await prepare(input, placeChanged ? placeRequest(change) : { kind: 'kept', place: placeOf(stored) })
      if (!await events.update(stored.id, stored.status, draft, organiserName, place, now())) {
        throw new Conflict('The event changed meanwhile; read it again.')
      }
      return outcome(stored.id, stored.status === 'published', notices)
    },

    /** Cancels a published event; it stays visible as cancelled. Cancelling it again changes nothing. */
    async cancel(id: string, { account }: Actor): Promise<WriteOutcome> {
      const stored = await editable(id, account)
      if (stored.status === 'pending') throw new Conflict('A pending event is not published yet: moderators reject it instead.')
      if (stored.status === 'published' && !await events.cancel(stored.id, now())) {
        throw new Conflict('The event changed meanwhile; read it again.')
      }
      return outcome(stored.id, true, [])
    },
  }
}

function placeOf({ room_id, point, address, commune, online_url }: StoredEvent): ResolvedPlace {
  return { room_id, point, address, commune, online_url }
}

/** A stored event written back as a client would write it, for a change to be applied on. */
function inputOf(stored: StoredEvent): EventInput {
  const time = (instant: Date) => zonedTime(instant, stored.timezone, stored.all_day)
  return {
    title: stored.title,
    description: stored.description,
    start: time(stored.start),
    end: time(stored.end),
    all_day: stored.all_day,
    timezone: stored.timezone,
    rrule: stored.rrule,
    exdates: stored.exdates,
    kind: stored.kind,
    categories: stored.categories,
    organiser_id: stored.organiser_id,
    organiser_name: stored.organiser_name,
    free: stored.free,
    price: stored.price,
    registration_url: stored.registration_url,
    accessibility: stored.accessibility,
    programmes: stored.programmes,
  }
}

export type EventWriter = ReturnType<typeof createEventWriter>
