/**
 * A fresh database for one test file, copied from the images the global
 * setup built: from a PGlite dump, or a new PostgreSQL database made from a
 * template (then dropped on close).
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import postgres from 'postgres'
import { inject } from 'vitest'
import { createDatabase, type Database } from '../../db/client.js'
import { ENGINE, TEST_DATABASE_URL, databaseUrl } from './engine.js'

export interface TestDatabase extends Database {
  /** PostgreSQL only: the URL of this throw-away database (to open more connections). */
  url?: string
}

export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const images = inject('images')
  const image = options.demo ? images.demo : images.base
  if (ENGINE === 'pglite') {
    const dump = new Blob([await readFile(image)])
    return createDatabase({ loadDataDir: dump })
  }
  const name = `archipel_test_${randomBytes(5).toString('hex')}_${image.split('_').slice(-2).join('_')}`
  const admin = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} })
  try {
    // Two files copying one template at the same moment may collide; retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${image}`)
        break
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
  } finally {
    await admin.end()
  }
  const url = databaseUrl(name)
  const database = await createDatabase({ databaseUrl: url, maxConnections: 25 })
  return {
    ...database,
    url,
    close: async () => {
      await database.close()
      const dropper = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} })
      await dropper.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}
