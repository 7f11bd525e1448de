/**
 * The agenda's filters travel in the page address, in API requests and in
 * feed URLs with one spelling: these mappings keep them the same.
 */
import { describe, expect, it } from 'vitest'
import { emptyFilters, feedUrls, filtersFromSearch, httpUrl, searchFromFilters } from '../../web/api/events.js'
import { agendaPath, agendaStateFromSearch } from '../../web/app/agenda/agenda-page.js'
import { monthWeeks } from '../../web/components/agenda/archipel-agenda-month-grid.js'

describe('agenda filters in the address', () => {
  it('reads repeated and comma-separated values, trimmed and without repeats', () => {
    const filters = filtersFromSearch('?kind=atelier,visite&kind=atelier&territory=departement:37&q=%20repair%20')
    expect(filters).toEqual({ kind: ['atelier', 'visite'], category: [], programme: [], territory: ['departement:37'], q: 'repair' })
  })

  it('writes the filters back in the same words', () => {
    const filters = { ...emptyFilters(), kind: ['atelier'], programme: ['mois-de-l-ess-2026'], q: 'café' }
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters)
    expect(searchFromFilters(emptyFilters()).toString()).toBe('')
  })

  it('keeps the month view and its month in the page address only', () => {
    const state = agendaStateFromSearch('?kind=forum&view=month&month=2026-11', '2026-03-03')
    expect(state).toMatchObject({ view: 'month', year: 2026, month: 11 })
    expect(agendaPath(state)).toBe('/agenda?kind=forum&view=month&month=2026-11')
    expect(agendaStateFromSearch('?month=2026-13', '2026-03-03')).toMatchObject({ view: 'list', year: 2026, month: 3 })
  })
})

describe('feed URLs for the current filters', () => {
  it('offers the same query as https and webcal, and the Atom feed', () => {
    const urls = feedUrls('https://agenda.example.org', { ...emptyFilters(), kind: ['atelier'], territory: ['departement:37'] })
    expect(urls.https).toBe('https://agenda.example.org/feeds/events.ics?kind=atelier&territory=departement%3A37')
    expect(urls.webcal).toBe('webcal://agenda.example.org/feeds/events.ics?kind=atelier&territory=departement%3A37')
    expect(urls.atom).toBe('https://agenda.example.org/feeds/events.atom?kind=atelier&territory=departement%3A37')
  })
})

describe('links from event data', () => {
  it('accepts http(s) addresses only', () => {
    expect(httpUrl('https://example.org/inscription')).toBe('https://example.org/inscription')
    expect(httpUrl('javascript:alert(1)')).toBeNull()
    expect(httpUrl('data:text/html,x')).toBeNull()
    expect(httpUrl('pas une adresse')).toBeNull()
  })
})

describe('the month grid', () => {
  it('covers a month in weeks from Monday', () => {
    const weeks = monthWeeks(2026, 3) // March 2026 starts on a Sunday
    expect(weeks[0]![0]).toBe('2026-02-23')
    expect(weeks[0]![6]).toBe('2026-03-01')
    expect(weeks.at(-1)!.at(-1)).toBe('2026-04-05')
    expect(weeks.every((week) => week.length === 7)).toBe(true)
  })
})
