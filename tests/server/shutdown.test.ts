import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/app.js'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { ENGINE } from '../helpers/engine.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// The real entry point (server/main.ts) as a process, stopped by SIGTERM as
// a service manager or a container runtime stops it. Requests are held in
// flight by a lock on the initiatives, which needs a second connection to the
// same database: PostgreSQL only.
describe.skipIf(ENGINE !== 'postgres')('stopping the server with SIGTERM', () => {
  let database: TestDatabase

  beforeAll(async () => { database = await createTestDatabase() })
  afterAll(async () => { await database?.close() })

  /** Starts the server; `terminate()` sends SIGTERM and resolves on exit, with the seconds it took. */
  async function startServer() {
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, DATABASE_URL: database.url!, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, LOG_LEVEL: 'silent', SEED_DEMO: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const exit = once(server, 'exit')
    const terminate = async () => {
      const signalled = Date.now()
      server.kill('SIGTERM')
      const [code] = await exit
      return { code: code as number | null, seconds: (Date.now() - signalled) / 1000 }
    }
    for (let i = 0; i < 300; i++) {
      if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return { url, terminate }
      await sleep(100)
    }
    server.kill('SIGKILL')
    throw new Error('the server did not start within 30 s')
  }

  /** Holds the initiatives until `release()`: reads of them wait meanwhile. */
  async function holdInitiatives() {
    let release!: () => void
    const released = new Promise<void>((resolve) => { release = resolve })
    let holding!: () => void
    const held = new Promise<void>((resolve) => { holding = resolve })
    const done = database.db.transaction(async (tx) => {
      await database.query(sql`LOCK TABLE initiatives IN ACCESS EXCLUSIVE MODE`, tx)
      holding()
      await released
    })
    await held
    return async () => { release(); await done }
  }

  /** Waits until PostgreSQL shows the server's read waiting on the lock. */
  async function waitForWaitingRead() {
    for (let i = 0; i < 100; i++) {
      const [row] = await database.query<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'archipel' AND wait_event_type = 'Lock'`)
      if (row!.n > 0) return
      await sleep(50)
    }
    throw new Error('the read never reached the database')
  }

  it('stops taking connections, lets the request in flight finish with 200, then exits 0', async () => {
    const { url, terminate } = await startServer()
    const release = await holdInitiatives()
    const inFlight = fetch(`${url}/api/initiatives`)
    await waitForWaitingRead()

    const exited = terminate()
    await sleep(1000)
    await expect(fetch(`${url}/health`, { headers: { connection: 'close' } })).rejects.toThrow()
    await release()

    const answer = await inFlight
    expect(answer.status).toBe(200)
    expect((await answer.json()).type).toBe('FeatureCollection')
    const { code, seconds } = await exited
    expect(code).toBe(0)
    expect(seconds).toBeLessThan(10)
  }, 60_000)

  it('exits by itself once the 10 s grace has passed, even with a request still held', async () => {
    const { url, terminate } = await startServer()
    const release = await holdInitiatives()
    const inFlight = fetch(`${url}/api/initiatives`).then((r) => r.status, () => 'reset')
    await waitForWaitingRead()

    const { code, seconds } = await terminate()
    await release()
    expect(code).toBe(1)
    expect(seconds).toBeGreaterThanOrEqual(9.5)
    expect(seconds).toBeLessThan(15)
    expect(await inFlight).toBe('reset')
  }, 60_000)
})
