import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../db/client.js'
import { readMigrations } from '../../db/migrate.js'
import { verifyPassword } from '../../server/accounts/passwords.js'
import { openDatabase } from '../../server/boot.js'
import { loadConfig } from '../../server/config.js'
import { startTestServer } from '../helpers/app.js'
import { createEmptyPostgresDatabase, type EmptyDatabase } from '../helpers/empty-database.js'
import { ENGINE } from '../helpers/engine.js'

const ADMIN_EMAIL = 'admin@reseau.example.org'
const FIRST_PASSWORD = 'premier-mot-de-passe'

describe.skipIf(ENGINE === 'pglite')('start-up on an empty PostgreSQL database', () => {
  let empty: EmptyDatabase
  beforeAll(async () => { empty = await createEmptyPostgresDatabase() })
  afterAll(async () => { await empty?.drop() })

  /** Runs the server's database start-up as server/main.ts does; returns what it logged. */
  const start = async (adminPassword: string, inspect: (database: Database) => Promise<void>) => {
    const messages: string[] = []
    const log = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) }
    const config = loadConfig({
      LOG_LEVEL: 'silent', DATABASE_URL: empty.url, ADMIN_EMAIL, ADMIN_PASSWORD: adminPassword,
    })
    const { database, capabilities } = await openDatabase(config, log)
    try {
      expect(capabilities.engine).toBe('postgres')
      await inspect(database)
    } finally {
      await database.close()
    }
    return messages
  }

  const count = async (database: Database, table: string) => {
    const [row] = await database.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)
    return row?.n
  }

  const adminHash = async (database: Database) => {
    const rows = await database.query<{ password_hash: string; role: string }>(sql`
      SELECT password_hash, role FROM accounts WHERE lower(email) = ${ADMIN_EMAIL}`)
    expect(rows).toHaveLength(1)
    expect(rows[0]?.role).toBe('admin')
    return rows[0]!.password_hash
  }

  let firstHash: string

  it('migrates, loads the territories, creates the admin and loads no demo data', async () => {
    const messages = await start(FIRST_PASSWORD, async (database) => {
      expect(await count(database, 'archipel_migrations')).toBe((await readMigrations()).length)
      expect(await count(database, 'territories')).toBeGreaterThan(30_000)
      const [tours] = await database.query<{ name: string }>(sql`SELECT name FROM territories WHERE id = 'commune:37261'`)
      expect(tours?.name).toBe('Tours')
      for (const table of ['initiatives', 'rooms', 'loans', 'events', 'programmes']) {
        expect(await count(database, table), table).toBe(0)
      }
      firstHash = await adminHash(database)
      expect(await verifyPassword(firstHash, FIRST_PASSWORD)).toBe(true)
    })
    expect(messages.join('\n')).not.toMatch(/demo/i)
  }, 120_000)

  it('never overwrites the admin on a later start, even with another ADMIN_PASSWORD', async () => {
    expect(firstHash).toBeDefined()
    const messages = await start('un-autre-mot-de-passe', async (database) => {
      expect(await adminHash(database)).toBe(firstHash)
      expect(await count(database, 'accounts')).toBe(1)
    })
    // Nothing left to do: no migration, no reload of the territories, no new admin.
    expect(messages).toEqual([])
  }, 120_000)
})

describe('graceful shutdown', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>
  let appClosed = false
  beforeAll(async () => { server = await startTestServer() })
  afterAll(async () => {
    if (appClosed) await server?.database.close()
    else await server?.close()
  })

  it('lets a request in flight finish with 200 when the app closes', async () => {
    // Hold the initiatives table so the request stays in flight until released.
    let release!: () => void
    const released = new Promise<void>((resolve) => { release = resolve })
    let holding!: () => void
    const held = new Promise<void>((resolve) => { holding = resolve })
    const hold = server.database.db.transaction(async (tx) => {
      await server.database.query(sql`LOCK TABLE initiatives IN ACCESS EXCLUSIVE MODE`, tx)
      holding()
      await released
    })
    await held

    const arrived = new Promise<void>((resolve) => { server.app.server.once('request', () => resolve()) })
    const response = fetch(`${server.url}/api/initiatives`)
    await arrived
    const closing = server.app.close().then(() => { appClosed = true })
    // Release only once the server has stopped listening: it is closing, with the request still held.
    while (server.app.server.listening) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(appClosed).toBe(false)
    release()
    await hold

    const answer = await response
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ type: 'FeatureCollection', numberMatched: 0 })
    await closing
    await expect(fetch(`${server.url}/health`)).rejects.toThrow()
  })
})
