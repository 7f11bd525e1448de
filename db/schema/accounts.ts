/** Accounts, their sessions, one-time tokens and organisation memberships. */
import { sql } from 'drizzle-orm'
import { check, index, pgTable, primaryKey, text, uniqueIndex, uuid, integer } from 'drizzle-orm/pg-core'
import { initiatives } from './initiatives.js'
import { createdAt, moment } from './types.js'

export const accounts = pgTable('accounts', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  /** Argon2id hash; null until the invitation is accepted. */
  passwordHash: text('password_hash'),
  role: text('role', { enum: ['admin', 'moderator', 'member'] }).notNull().default('member'),
  disabledAt: moment('disabled_at'),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('accounts_email_unique').on(sql`lower(${t.email})`),
  check('accounts_role_valid', sql`${t.role} IN ('admin', 'moderator', 'member')`),
])

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie's token: a stolen table holds no usable session. */
  tokenHash: text('token_hash').primaryKey(),
  accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
  expiresAt: moment('expires_at').notNull(),
}, (t) => [index('sessions_account').on(t.accountId), index('sessions_expires').on(t.expiresAt)])

/** Invitation and password-reset links, used once. */
export const accountTokens = pgTable('account_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  purpose: text('purpose', { enum: ['invitation', 'password_reset'] }).notNull(),
  createdAt: createdAt(),
  expiresAt: moment('expires_at').notNull(),
  usedAt: moment('used_at'),
})

/** Members of an organisation (a published initiative) act for it. */
export const memberships = pgTable('memberships', {
  accountId: uuid('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
  initiativeId: uuid('initiative_id').notNull().references(() => initiatives.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.accountId, t.initiativeId] }), index('memberships_initiative').on(t.initiativeId)])

/** Fixed-window counters shared by every app server (rate limits). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').notNull(),
  windowStart: moment('window_start').notNull(),
  hits: integer('hits').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.key, t.windowStart] })])
