/** The citizen agenda: events, programmes, and which events a programme gathers. */
import { sql } from 'drizzle-orm'
import { boolean, check, date, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'
import { accounts } from './accounts.js'
import { initiatives } from './initiatives.js'
import { rooms } from './rooms.js'
import { createdAt, moment, point, searchVector, tsvector, updatedAt } from './types.js'

export const EVENT_KINDS = [
  'porte_ouverte', 'visite', 'conference', 'debat', 'forum', 'formation',
  'atelier', 'reunion', 'festif', 'marche', 'autre',
] as const
export const EVENT_STATUSES = ['pending', 'published', 'cancelled', 'rejected'] as const

export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  /** First occurrence; an all-day event starts at local midnight of its first day. */
  start: moment('start').notNull(),
  end: moment('end').notNull(),
  allDay: boolean('all_day').notNull().default(false),
  /** IANA zone in which the event (and its recurrence) is expressed. */
  timezone: text('timezone').notNull().default('Europe/Paris'),
  /** RFC 5545 RRULE (without DTSTART); null for a single event. */
  rrule: text('rrule'),
  /** Excluded occurrences, as local times (`2027-03-20T10:00:00`) or dates in the event's zone. */
  exdates: text('exdates').array().notNull().default(sql`'{}'`),
  /** End of the last occurrence; null when the recurrence never ends. */
  lastEnd: moment('last_end'),
  kind: text('kind', { enum: EVENT_KINDS }).notNull().default('autre'),
  categories: text('categories').array().notNull().default(sql`'{}'`),
  organiserId: uuid('organiser_id').references(() => initiatives.id, { onDelete: 'set null' }),
  organiserName: text('organiser_name').notNull().default(''),
  roomId: uuid('room_id').references(() => rooms.id, { onDelete: 'set null' }),
  /** Point of the place; null for an online event. */
  location: point('location'),
  address: text('address').notNull().default(''),
  commune: text('commune'),
  territories: text('territories').array().notNull().default(sql`'{}'`),
  onlineUrl: text('online_url'),
  free: boolean('free').notNull().default(true),
  price: text('price').notNull().default(''),
  registrationUrl: text('registration_url'),
  accessibility: text('accessibility').notNull().default(''),
  status: text('status', { enum: EVENT_STATUSES }).notNull().default('pending'),
  /** iCalendar SEQUENCE: grows with each published change. */
  sequence: integer('sequence').notNull().default(0),
  proposerAccountId: uuid('proposer_account_id').references(() => accounts.id, { onDelete: 'set null' }),
  proposerEmail: text('proposer_email'),
  reviewerId: uuid('reviewer_id').references(() => accounts.id, { onDelete: 'set null' }),
  decisionReason: text('decision_reason'),
  decidedAt: moment('decided_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  search: tsvector('search').generatedAlwaysAs(
    searchVector(['title', 'A'], ['organiser_name', 'B'], ['address', 'B'], ['description', 'C']),
  ),
}, (t) => [
  index('events_location').using('gist', t.location),
  index('events_start').on(t.start),
  index('events_categories').using('gin', t.categories),
  index('events_territories').using('gin', t.territories),
  index('events_search').using('gin', t.search),
  index('events_organiser').on(t.organiserId),
  check('events_end_after_start', sql`${t.end} > ${t.start}`),
  check('events_status_valid', sql`${t.status} IN ('pending', 'published', 'cancelled', 'rejected')`),
  check('events_kind_valid', sql`${t.kind} IN ('porte_ouverte', 'visite', 'conference', 'debat', 'forum', 'formation', 'atelier', 'reunion', 'festif', 'marche', 'autre')`),
  check('events_place', sql`${t.location} IS NOT NULL OR ${t.onlineUrl} IS NOT NULL`),
])

export const programmes = pgTable('programmes', {
  slug: text('slug').primaryKey(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }).notNull(),
  createdAt: createdAt(),
}, (t) => [
  check('programmes_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  check('programmes_dates', sql`${t.endDate} >= ${t.startDate}`),
])

export const eventProgrammes = pgTable('event_programmes', {
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  programmeSlug: text('programme_slug').notNull().references(() => programmes.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.eventId, t.programmeSlug] }), index('event_programmes_programme').on(t.programmeSlug)])
