/**
 * The rooms page's filters: kept in the address and turned into the query
 * of GET /api/rooms, with "available on a date from/to" read in Paris time
 * (the offset of that date, winter or summer).
 */
import { describe, expect, it } from 'vitest'
import { availabilityWindow, filtersFromQuery, filtersToQuery, noFilters, roomListParams } from '../../web/components/rooms/room-filters.js'

describe('room filters', () => {
  it('survives a round trip through the address', () => {
    const filters = { capacityMin: 20, equipment: ['videoprojecteur' as const, 'wifi' as const], stepFree: true, free: true, date: '2027-03-18', from: '19:00', to: '21:00' }
    expect(filtersFromQuery(filtersToQuery(filters))).toEqual(filters)
  })

  it('writes nothing in the address for no filters', () => {
    expect(filtersToQuery(noFilters).toString()).toBe('')
  })

  it('leaves out what it does not understand in an address', () => {
    const filters = filtersFromQuery(new URLSearchParams('capacity_min=-3&equipment=piano,wifi&date=2027-02-30&from=19:00&step_free=yes'))
    expect(filters).toEqual({ equipment: ['wifi'], stepFree: false, free: false })
  })

  it('asks the API for a winter evening with the +01:00 offset', () => {
    const params = roomListParams({ ...noFilters, capacityMin: 20, equipment: ['videoprojecteur'], date: '2027-01-14', from: '19:00', to: '21:00' })
    expect(Object.fromEntries(params)).toEqual({
      capacity_min: '20',
      equipment: 'videoprojecteur',
      available_from: '2027-01-14T19:00:00+01:00',
      available_to: '2027-01-14T21:00:00+01:00',
    })
  })

  it('asks for a summer evening with the +02:00 offset', () => {
    expect(availabilityWindow({ ...noFilters, date: '2027-07-01', from: '19:00', to: '21:00' }))
      .toEqual({ from: '2027-07-01T19:00:00+02:00', to: '2027-07-01T21:00:00+02:00' })
  })

  it('takes the whole day when no hours are given, across a change of offset', () => {
    // 28 March 2027: clocks go forward at 02:00; the day ends at the next midnight, summer time.
    expect(availabilityWindow({ ...noFilters, date: '2027-03-28' }))
      .toEqual({ from: '2027-03-28T00:00:00+01:00', to: '2027-03-29T00:00:00+02:00' })
  })

  it('keeps a territory id and passes it to the API, and drops a malformed one', () => {
    const filters = filtersFromQuery(new URLSearchParams('territory=departement:35'))
    expect(filters.territory).toBe('departement:35')
    expect(roomListParams(filters).get('territory')).toBe('departement:35')
    expect(filtersFromQuery(new URLSearchParams('territory=<script>')).territory).toBeUndefined()
  })

  it('sends equipment as one comma-separated list the API ANDs', () => {
    expect(roomListParams({ ...noFilters, equipment: ['videoprojecteur', 'ecran'] }).get('equipment')).toBe('videoprojecteur,ecran')
  })
})
