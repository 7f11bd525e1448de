/**
 * The real app over a real migrated database, built the way server/main.ts
 * builds it. `buildTestApp` is for `app.inject`; `startTestServer` listens on
 * a free port for browsers and HTTP clients.
 */
import type { FastifyInstance } from 'fastify'
import { createServer, type AddressInfo } from 'node:net'
import { detectCapabilities } from '../../db/client.js'
import { buildApp } from '../../server/app.js'
import { loadConfig, type Config } from '../../server/config.js'
import { testClock } from './clock.js'
import { createTestDatabase, type TestDatabase } from './database.js'

export interface TestApp {
  app: FastifyInstance
  database: TestDatabase
  config: Config
  /** The clock the app runs on. */
  clock: () => Date
  close(): Promise<void>
}

export interface TestAppOptions {
  demo?: boolean
  env?: Record<string, string>
  /** The app's clock; by default the suite's pinned clock (tests/helpers/clock.ts). */
  clock?: () => Date
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...options.env })
  const database = await createTestDatabase({ demo: options.demo })
  const clock = options.clock ?? testClock
  const app = await buildApp(config, { database, capabilities: await detectCapabilities(database), clock })
  await app.ready()
  return {
    app,
    database,
    config,
    clock,
    close: async () => {
      await app.close()
      await database.close()
    },
  }
}

/**
 * A listening server whose PUBLIC_URL is its own address, as in a real
 * deployment: the links it writes (e-mails, feeds, OGC) lead back to it.
 */
export async function startTestServer(options: TestAppOptions = {}) {
  const port = await freePort()
  const test = await buildTestApp({ ...options, env: { PUBLIC_URL: `http://127.0.0.1:${port}`, ...options.env } })
  const address = await test.app.listen({ port, host: '127.0.0.1' })
  return { ...test, url: address }
}

/** A port nothing listens on now (the server takes it a moment later). */
export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}
