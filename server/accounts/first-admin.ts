/**
 * The first admin: from ADMIN_EMAIL/ADMIN_PASSWORD (created if absent, never
 * overwritten), or, in demo mode without them, `admin@example.org` with a
 * random password that is printed once.
 */
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Database } from '../../db/client.js'
import { hashPassword } from './passwords.js'

export interface FirstAdminResult { email: string; created: boolean; generatedPassword?: string }

export async function ensureFirstAdmin(
  database: Database,
  options: { email?: string | undefined; password?: string | undefined; demo: boolean },
): Promise<FirstAdminResult | undefined> {
  let { email, password } = options
  let generatedPassword: string | undefined
  if (email === undefined || password === undefined) {
    if (!options.demo) return undefined
    email = 'admin@example.org'
    const [existing] = await database.query(sql`SELECT 1 FROM accounts WHERE lower(email) = ${email}`)
    if (existing) return { email, created: false }
    generatedPassword = randomBytes(12).toString('base64url')
    password = generatedPassword
  }
  const passwordHash = await hashPassword(password)
  const rows = await database.query(sql`
    INSERT INTO accounts (email, display_name, password_hash, role)
    VALUES (${email}, 'Administration', ${passwordHash}, 'admin')
    ON CONFLICT ((lower(email))) DO NOTHING
    RETURNING id`)
  return { email, created: rows.length > 0, ...(generatedPassword && rows.length > 0 ? { generatedPassword } : {}) }
}
