/**
 * The filters of the rooms page, pure: kept in the address (so a search can
 * be shared and survives a reload) and turned into the query of
 * GET /api/rooms. "Available on a date from/to" is read in Paris time.
 *
 * Address parameters are the API's own names where they exist
 * (`capacity_min`, `equipment`, `step_free`, `free`), plus `date`, `from`,
 * `to` for the availability window.
 */
import { addDays } from '../../format/paris-time.js'
import { isDate, isTime, parisInstant } from './room-time.js'

export const EQUIPMENT = [
  'videoprojecteur', 'ecran', 'sono', 'wifi', 'cuisine', 'paperboard', 'tables', 'chaises', 'parking',
] as const

export type Equipment = (typeof EQUIPMENT)[number]

export interface RoomFilters {
  /** A territory id (`commune:37261`, `departement:37`...). */
  territory?: string
  capacityMin?: number
  equipment: Equipment[]
  stepFree: boolean
  free: boolean
  /** Available on this Paris date (YYYY-MM-DD)... */
  date?: string
  /** ...from this Paris time (HH:MM; the start of the day when not given)... */
  from?: string
  /** ...to this one (HH:MM; the end of the day when not given). */
  to?: string
}

export const noFilters: RoomFilters = { equipment: [], stepFree: false, free: false }

const territoryPattern = /^(commune|epci|departement|region):[0-9AB]+$/

const isEquipment = (value: string): value is Equipment => (EQUIPMENT as readonly string[]).includes(value)

/** Filters from an address's query string; what is not understood is left out. */
export function filtersFromQuery(query: URLSearchParams): RoomFilters {
  const capacity = Number(query.get('capacity_min'))
  const equipment = query.getAll('equipment').flatMap((value) => value.split(',')).filter(isEquipment)
  const date = query.get('date') ?? ''
  const from = query.get('from') ?? ''
  const to = query.get('to') ?? ''
  const territory = query.get('territory') ?? ''
  return {
    ...(territoryPattern.test(territory) ? { territory } : {}),
    ...(Number.isInteger(capacity) && capacity > 0 ? { capacityMin: capacity } : {}),
    equipment: EQUIPMENT.filter((item) => equipment.includes(item)),
    stepFree: query.get('step_free') === 'true',
    free: query.get('free') === 'true',
    ...(isDate(date) ? { date } : {}),
    ...(isDate(date) && isTime(from) ? { from } : {}),
    ...(isDate(date) && isTime(to) ? { to } : {}),
  }
}

/** The query string of the page's address for these filters (stable order, nothing for defaults). */
export function filtersToQuery(filters: RoomFilters): URLSearchParams {
  const query = new URLSearchParams()
  if (filters.territory) query.set('territory', filters.territory)
  if (filters.capacityMin) query.set('capacity_min', String(filters.capacityMin))
  for (const item of filters.equipment) query.append('equipment', item)
  if (filters.stepFree) query.set('step_free', 'true')
  if (filters.free) query.set('free', 'true')
  if (filters.date) {
    query.set('date', filters.date)
    if (filters.from) query.set('from', filters.from)
    if (filters.to) query.set('to', filters.to)
  }
  return query
}

/**
 * The availability window in RFC 3339 with the Paris offset of that date,
 * or undefined without a date. A missing start is midnight, a missing end
 * the next midnight; an end not after the start is the next midnight too.
 */
export function availabilityWindow(filters: RoomFilters): { from: string; to: string } | undefined {
  if (!filters.date) return undefined
  const from = parisInstant(filters.date, filters.from ?? '00:00')
  const nextMidnight = parisInstant(addDays(filters.date, 1), '00:00')
  const to = filters.to && filters.to > (filters.from ?? '00:00') ? parisInstant(filters.date, filters.to) : nextMidnight
  return { from, to }
}

/** The query string of GET /api/rooms for these filters. */
export function roomListParams(filters: RoomFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.territory) params.set('territory', filters.territory)
  if (filters.capacityMin) params.set('capacity_min', String(filters.capacityMin))
  if (filters.equipment.length > 0) params.set('equipment', filters.equipment.join(','))
  if (filters.stepFree) params.set('step_free', 'true')
  if (filters.free) params.set('free', 'true')
  const window = availabilityWindow(filters)
  if (window) {
    params.set('available_from', window.from)
    params.set('available_to', window.to)
  }
  return params
}
