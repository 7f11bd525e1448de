/**
 * The real app over a real migrated database, built the way server/main.ts
 * builds it. `buildTestApp` is for `app.inject`; `startTestServer` listens on
 * a free port for browsers and HTTP clients.
 */
import type { FastifyInstance } from 'fastify'
import { detectCapabilities } from '../../db/client.js'
import { buildApp } from '../../server/app.js'
import { loadConfig, type Config } from '../../server/config.js'
import { createTestDatabase, type TestDatabase } from './database.js'

export interface TestApp {
  app: FastifyInstance
  database: TestDatabase
  config: Config
  close(): Promise<void>
}

export interface TestAppOptions {
  demo?: boolean
  env?: Record<string, string>
  /** A fake clock for the app's rules (the database keeps its own time). */
  clock?: () => Date
}

export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...options.env })
  const database = await createTestDatabase({ demo: options.demo })
  const app = await buildApp(config, { database, capabilities: await detectCapabilities(database), clock: options.clock })
  await app.ready()
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close()
      await database.close()
    },
  }
}

export async function startTestServer(options: TestAppOptions = {}) {
  const test = await buildTestApp(options)
  const address = await test.app.listen({ port: 0, host: '127.0.0.1' })
  return { ...test, url: address }
}
