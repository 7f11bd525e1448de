/**
 * Public events as the feed renderers want them, and the French name of a
 * feed built from its filter ("Agenda — Mois de l'ESS 2026 — Indre-et-Loire"),
 * pure.
 */
import type { EventFilter } from '../events/filters.js'
import type { EventRow, FilterNames } from '../events/repository.js'
import type { AtomEntry } from './atom.js'
import type { CalendarEvent } from './calendar.js'
import { routePaths } from '../../web/page-paths.js'

/** French labels of the event kinds, for feed names. */
const KIND_LABELS: Record<string, string> = {
  porte_ouverte: 'Portes ouvertes', visite: 'Visites', conference: 'Conférences', debat: 'Débats', forum: 'Forums',
  formation: 'Formations', atelier: 'Ateliers', reunion: 'Réunions', festif: 'Temps festifs', marche: 'Marchés', autre: 'Autres',
}

/** The public page of an event. */
export function eventPageUrl(siteUrl: string, id: string): string {
  return `${siteUrl}${routePaths.event(id)}`
}

export function calendarEventOf(row: EventRow, siteUrl: string): CalendarEvent {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    start: row.start,
    end: row.end,
    allDay: row.all_day,
    timezone: row.timezone,
    rrule: row.rrule,
    exdates: row.exdates,
    status: row.status,
    sequence: row.sequence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    location: row.address,
    geo: row.point,
    url: eventPageUrl(siteUrl, row.id),
    onlineUrl: row.online_url,
    organiserName: row.organiser_name,
    categories: row.category_labels,
  }
}

export function atomEntryOf(row: EventRow, nextStart: Date, siteUrl: string): AtomEntry {
  return {
    id: row.id,
    title: row.status === 'cancelled' ? `Annulé : ${row.title}` : row.title,
    url: eventPageUrl(siteUrl, row.id),
    summary: row.description,
    updated: row.updated_at,
    start: nextStart,
  }
}

/**
 * "Agenda — " then what the filter keeps, most defining first: programmes,
 * territories, categories, kinds, organisers, searched words. An unfiltered
 * feed is named after the site.
 */
export function feedName(filter: EventFilter, names: FilterNames, siteName: string): string {
  const named = (wanted: string[], known: Map<string, string>) => wanted.map((key) => known.get(key) ?? key).join(', ')
  const parts = [
    named(filter.programmes, names.programmes),
    named(filter.territories, names.territories),
    named(filter.categories, names.categories),
    filter.kinds.map((kind) => KIND_LABELS[kind] ?? kind).join(', '),
    named(filter.organisers, names.organisers),
    filter.text ? `« ${filter.text} »` : '',
  ].filter((part) => part !== '')
  return ['Agenda', ...(parts.length > 0 ? parts : [siteName])].join(' — ')
}

/** Latest change among the rows; null for none. */
export function latestUpdate(rows: EventRow[]): Date | null {
  return rows.reduce<Date | null>((latest, row) => (latest && latest >= row.updated_at ? latest : row.updated_at), null)
}
