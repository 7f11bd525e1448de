/**
 * Rooms lent between organisations, and the loans asked for them.
 * Two approved loans of one room never overlap: an exclusion constraint in
 * the migrations enforces it (Drizzle cannot express one).
 */
import { sql } from 'drizzle-orm'
import { boolean, check, index, integer, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { accounts } from './accounts.js'
import { initiatives } from './initiatives.js'
import { createdAt, moment, point, updatedAt } from './types.js'

export const EQUIPMENT = [
  'videoprojecteur', 'ecran', 'sono', 'wifi', 'cuisine', 'paperboard', 'tables', 'chaises', 'parking',
] as const

export const rooms = pgTable('rooms', {
  id: uuid('id').primaryKey().defaultRandom(),
  hostId: uuid('host_id').notNull().references(() => initiatives.id, { onDelete: 'restrict' }),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  location: point('location').notNull(),
  address: text('address').notNull().default(''),
  commune: text('commune'),
  territories: text('territories').array().notNull().default(sql`'{}'`),
  capacity: integer('capacity').notNull(),
  surface: numeric('surface', { mode: 'number' }),
  equipment: text('equipment').array().notNull().default(sql`'{}'`),
  stepFree: boolean('step_free').notNull().default(false),
  free: boolean('free').notNull().default(true),
  conditions: text('conditions').notNull().default(''),
  rules: text('rules').notNull().default(''),
  status: text('status', { enum: ['published', 'hidden'] }).notNull().default('published'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('rooms_location').using('gist', t.location),
  index('rooms_host').on(t.hostId),
  index('rooms_equipment').using('gin', t.equipment),
  index('rooms_territories').using('gin', t.territories),
  check('rooms_capacity_positive', sql`${t.capacity} > 0`),
  check('rooms_surface_positive', sql`${t.surface} IS NULL OR ${t.surface} > 0`),
  check('rooms_status_valid', sql`${t.status} IN ('published', 'hidden')`),
  check('rooms_equipment_valid', sql`${t.equipment} <@ ARRAY['videoprojecteur', 'ecran', 'sono', 'wifi', 'cuisine', 'paperboard', 'tables', 'chaises', 'parking']::text[]`),
])

export const LOAN_STATUSES = ['requested', 'approved', 'declined', 'cancelled'] as const

export const loans = pgTable('loans', {
  id: uuid('id').primaryKey().defaultRandom(),
  roomId: uuid('room_id').notNull().references(() => rooms.id, { onDelete: 'cascade' }),
  start: moment('start').notNull(),
  end: moment('end').notNull(),
  purpose: text('purpose').notNull().default(''),
  people: integer('people').notNull(),
  requesterName: text('requester_name').notNull(),
  /** Used only to answer the requester; erased 12 months after the loan. */
  requesterEmail: text('requester_email'),
  requesterOrganisationId: uuid('requester_organisation_id').references(() => initiatives.id, { onDelete: 'set null' }),
  requesterAccountId: uuid('requester_account_id').references(() => accounts.id, { onDelete: 'set null' }),
  /** SHA-256 of the secret cancel link given to a requester without account. */
  cancelTokenHash: text('cancel_token_hash'),
  status: text('status', { enum: LOAN_STATUSES }).notNull().default('requested'),
  decidedAt: moment('decided_at'),
  decidedBy: uuid('decided_by').references(() => accounts.id, { onDelete: 'set null' }),
  decisionMessage: text('decision_message'),
  createdAt: createdAt(),
}, (t) => [
  index('loans_room_start').on(t.roomId, t.start),
  check('loans_end_after_start', sql`${t.end} > ${t.start}`),
  check('loans_people_positive', sql`${t.people} > 0`),
  check('loans_status_valid', sql`${t.status} IN ('requested', 'approved', 'declined', 'cancelled')`),
])
