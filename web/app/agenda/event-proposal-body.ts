/**
 * What the "Proposer un événement" form sends: its fields read into the
 * body of POST /api/events (the event's Feature: its point, if it has one
 * of its own, as `geometry`, everything else in `properties`), or the
 * errors found before sending. Times are
 * Paris wall-clock times sent with the offset of Paris on that date; the
 * last day of an all-day event is included for people and exclusive for
 * the API.
 */
import { addDays, PARIS, parisDateTime } from '../../format/paris-time.js'
import { buildRecurrence, type RecurrenceChoice } from '../../format/recurrence-form.js'
import type { EventProposal } from '../../api/types.js'

export type PlaceKind = 'room' | 'organisation' | 'address' | 'online'

/** What the form holds outside its named fields. */
export interface ProposalState {
  allDay: boolean
  free: boolean
  /** The organisation proposing (a member's), or '' for a free-text organiser. */
  organiserId: string
  placeKind: PlaceKind
  commune: string
  point: [number, number] | undefined
  recurrence: RecurrenceChoice | undefined
}

export interface ProposalText { missing: string; endBeforeStart: string }

/** The body to send, complete when no error is returned; errors by form field name. */
export function readEventProposal(data: FormData, state: ProposalState, t: ProposalText): {
  body: EventProposal
  errors: Record<string, string>
} {
  const text = (name: string) => String(data.get(name) ?? '').trim()
  const errors: Record<string, string> = {}
  const required = (name: string) => {
    if (!text(name)) errors[name] = t.missing
    return text(name)
  }
  const body: Record<string, unknown> = {
    title: required('title'),
    description: text('description'),
    kind: required('kind') as EventProposal['properties']['kind'],
    categories: data.getAll('categories').map(String),
    all_day: state.allDay,
    timezone: PARIS,
    ...(state.organiserId ? { organiser_id: state.organiserId } : { organiser_name: required('organiser_name') }),
    free: state.free,
    price: text('price'),
    accessibility: text('accessibility'),
    programmes: data.getAll('programmes').map(String),
  }
  const startDate = required('start_date')
  const endDate = required('end_date')
  const startTime = state.allDay ? null : required('start_time')
  const endTime = state.allDay ? null : required('end_time')
  if (startDate && endDate && (state.allDay || (startTime && endTime))) {
    body.start = state.allDay ? startDate : parisDateTime(startDate, startTime!)
    body.end = state.allDay ? addDays(endDate, 1) : parisDateTime(endDate, endTime!)
    const ordered = state.allDay ? endDate >= startDate : new Date(String(body.end)) > new Date(String(body.start))
    if (!ordered) errors.end_date = t.endBeforeStart
  }
  if (state.recurrence) Object.assign(body, buildRecurrence(state.recurrence, startTime))
  if (state.placeKind === 'room') body.room_id = required('room_id')
  if (state.placeKind === 'organisation') body.place_initiative_id = state.organiserId
  if (state.placeKind === 'online') body.online_url = required('online_url')
  let geometry: EventProposal['geometry'] = null
  if (state.placeKind === 'address') {
    body.address = required('address')
    body.commune = state.commune
    if (!state.commune) errors.commune = t.missing
    if (state.point) geometry = { type: 'Point', coordinates: state.point }
    else errors.location = t.missing
  }
  if (text('registration_url')) body.registration_url = text('registration_url')
  if (text('proposer_email')) body.proposer_email = text('proposer_email')
  // Complete once every required field was found (errors empty): only then is it sent.
  return { body: { type: 'Feature', geometry, properties: body as EventProposal['properties'] }, errors }
}
