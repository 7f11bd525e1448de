/** Initiatives of the contributory map, their revisions (history) and reports. */
import { sql } from 'drizzle-orm'
import { boolean, check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { accounts } from './accounts.js'
import { createdAt, moment, point, searchVector, tsvector, updatedAt } from './types.js'

export const LEGAL_FORMS = [
  'association', 'cooperative', 'scop', 'scic', 'cae', 'mutuelle',
  'fondation', 'esus', 'collectif', 'collectivite', 'autre',
] as const
export const INITIATIVE_STATUSES = ['pending', 'published', 'rejected', 'archived'] as const

export const initiatives = pgTable('initiatives', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  categories: text('categories').array().notNull().default(sql`'{}'`),
  legalForm: text('legal_form', { enum: LEGAL_FORMS }).notNull().default('autre'),
  location: point('location').notNull(),
  address: text('address').notNull().default(''),
  /** INSEE code of the commune. */
  commune: text('commune'),
  /** The commune and the territories containing it (`commune:…`, `epci:…`, …). */
  territories: text('territories').array().notNull().default(sql`'{}'`),
  website: text('website'),
  email: text('email'),
  phone: text('phone'),
  emailPublic: boolean('email_public').notNull().default(false),
  phonePublic: boolean('phone_public').notNull().default(false),
  status: text('status', { enum: INITIATIVE_STATUSES }).notNull().default('pending'),
  /** `contribution` or `import:<name>` */
  source: text('source').notNull().default('contribution'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  search: tsvector('search').generatedAlwaysAs(
    searchVector(['name', 'A'], ['address', 'B'], ['description', 'C']),
  ),
}, (t) => [
  index('initiatives_location').using('gist', t.location),
  index('initiatives_categories').using('gin', t.categories),
  index('initiatives_territories').using('gin', t.territories),
  index('initiatives_search').using('gin', t.search),
  index('initiatives_name_trgm').using('gin', sql`archipel_unaccent(lower(${t.name})) gin_trgm_ops`),
  index('initiatives_status').on(t.status),
  check('initiatives_status_valid', sql`${t.status} IN ('pending', 'published', 'rejected', 'archived')`),
  check('initiatives_legal_form_valid', sql`${t.legalForm} IN ('association', 'cooperative', 'scop', 'scic', 'cae', 'mutuelle', 'fondation', 'esus', 'collectif', 'collectivite', 'autre')`),
  check('initiatives_location_valid', sql`ST_IsValid(${t.location}) AND ST_X(${t.location}) BETWEEN -180 AND 180 AND ST_Y(${t.location}) BETWEEN -90 AND 90`),
  check('initiatives_name_length', sql`char_length(${t.name}) BETWEEN 1 AND 200`),
  check('initiatives_description_length', sql`char_length(${t.description}) <= 10000`),
])

/**
 * A proposed new initiative or change. Approved revisions are the history:
 * `before` and `after` hold the fields as they were and became.
 */
export const revisions = pgTable('revisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  initiativeId: uuid('initiative_id').notNull().references(() => initiatives.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['create', 'update'] }).notNull(),
  before: jsonb('before'),
  after: jsonb('after').notNull(),
  proposerAccountId: uuid('proposer_account_id').references(() => accounts.id, { onDelete: 'set null' }),
  /** Used only to answer the proposer; erased 12 months after the decision. */
  proposerEmail: text('proposer_email'),
  status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull().default('pending'),
  possibleDuplicates: jsonb('possible_duplicates').notNull().default(sql`'[]'`),
  reviewerId: uuid('reviewer_id').references(() => accounts.id, { onDelete: 'set null' }),
  reason: text('reason'),
  createdAt: createdAt(),
  decidedAt: moment('decided_at'),
}, (t) => [
  index('revisions_initiative').on(t.initiativeId, t.createdAt),
  index('revisions_pending').on(t.createdAt).where(sql`${t.status} = 'pending'`),
  check('revisions_status_valid', sql`${t.status} IN ('pending', 'approved', 'rejected')`),
])

export const REPORT_REASONS = ['closed', 'wrong_information', 'duplicate', 'other'] as const

export const reports = pgTable('reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  initiativeId: uuid('initiative_id').notNull().references(() => initiatives.id, { onDelete: 'cascade' }),
  reason: text('reason', { enum: REPORT_REASONS }).notNull(),
  comment: text('comment').notNull().default(''),
  reporterAccountId: uuid('reporter_account_id').references(() => accounts.id, { onDelete: 'set null' }),
  reporterEmail: text('reporter_email'),
  status: text('status', { enum: ['pending', 'resolved', 'dismissed'] }).notNull().default('pending'),
  reviewerId: uuid('reviewer_id').references(() => accounts.id, { onDelete: 'set null' }),
  decisionReason: text('decision_reason'),
  createdAt: createdAt(),
  decidedAt: moment('decided_at'),
}, (t) => [
  index('reports_pending').on(t.createdAt).where(sql`${t.status} = 'pending'`),
  check('reports_reason_valid', sql`${t.reason} IN ('closed', 'wrong_information', 'duplicate', 'other')`),
])
