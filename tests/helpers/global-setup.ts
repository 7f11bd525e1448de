/**
 * Runs once per `npm test`: builds the migrated database images that every
 * test file starts from, instead of migrating in each file (PGlite with
 * PostGIS takes ~10 s to boot fresh, ~3 s from a dumped image).
 * - PGlite: two data-dir dumps in .test-cache/ (reference data; + demo data).
 * - PostgreSQL: two template databases, dropped at the end.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { createDatabase, type Database } from '../../db/client.js'
import { migrate } from '../../db/migrate.js'
import { loadDemoData } from '../../seed/demo/load.js'
import { ensureReferenceData } from '../../server/territories/reference-data.js'
import { TEST_NOW } from './clock.js'
import { ENGINE, TEST_DATABASE_URL, databaseUrl } from './engine.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: paths of the dumps; PostgreSQL: names of the template databases. */
    images: { base: string; demo: string }
  }
}

const CACHE = fileURLToPath(new URL('../../.test-cache/', import.meta.url))

async function prepare(database: Database, demo: boolean) {
  await migrate(database)
  await ensureReferenceData(database)
  if (demo) await loadDemoData(database, { now: TEST_NOW })
}

export default async function setup(project: TestProject) {
  if (ENGINE === 'pglite') {
    await mkdir(CACHE, { recursive: true })
    const database = await createDatabase({})
    await prepare(database, false)
    const base = `${CACHE}pglite-base.tar.gz`
    await writeFile(base, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()))
    await loadDemoData(database, { now: TEST_NOW })
    const demo = `${CACHE}pglite-demo.tar.gz`
    await writeFile(demo, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()))
    await database.close()
    project.provide('images', { base, demo })
    return
  }

  const admin = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} })
  const suffix = `${process.pid}_${Date.now().toString(36)}`
  const images = { base: `archipel_tpl_base_${suffix}`, demo: `archipel_tpl_demo_${suffix}` }
  for (const [kind, name] of Object.entries(images)) {
    await admin.unsafe(`CREATE DATABASE ${name}`)
    const database = await createDatabase({ databaseUrl: databaseUrl(name), maxConnections: 2 })
    await prepare(database, kind === 'demo')
    await database.close()
  }
  project.provide('images', images)
  return async () => {
    // Per-file databases are dropped by their files; catch any left by a crash.
    const leftovers = await admin<{ datname: string }[]>`
      SELECT datname FROM pg_database WHERE datname LIKE ${`archipel_t%${suffix}%`}`
    for (const { datname } of leftovers) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
    await admin.end()
  }
}
