/**
 * Synthetic data of any size for the benchmarks, written into the configured
 * database (DATABASE_URL, else the embedded one in DATA_DIR):
 *
 *   npx tsx seed/generate.ts --initiatives 250000 --events 50000 --rooms 5000 [--seed 1]
 *
 * Each count is optional (0 when absent). Migrates and loads the territory
 * reference data first, like `npm run seed`.
 */
import { parseArgs } from 'node:util'
import { createDatabase } from '../db/client.js'
import { migrate } from '../db/migrate.js'
import { loadConfig } from '../server/config.js'
import { ensureReferenceData } from '../server/territories/reference-data.js'
import { generateSyntheticData } from './synthetic/generate-data.js'

const USAGE = 'Usage: npx tsx seed/generate.ts [--initiatives N] [--events N] [--rooms N] [--seed N]'

function count(name: string, raw: string | undefined): number {
  if (raw === undefined) return 0
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number (got "${raw}")\n${USAGE}`)
  return value
}

let options
try {
  const { values } = parseArgs({
    options: { initiatives: { type: 'string' }, events: { type: 'string' }, rooms: { type: 'string' }, seed: { type: 'string' } },
  })
  options = {
    initiatives: count('initiatives', values.initiatives),
    events: count('events', values.events),
    rooms: count('rooms', values.rooms),
    seed: count('seed', values.seed ?? '1'),
  }
  if (options.initiatives + options.events + options.rooms === 0) throw new Error(`Nothing to generate.\n${USAGE}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(2)
}

const config = loadConfig()
const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
try {
  await migrate(database)
  await ensureReferenceData(database)
  const started = performance.now()
  const counts = await generateSyntheticData(database, { ...options, onProgress: (message) => console.log(message) })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`Generated ${counts.initiatives} initiatives, ${counts.rooms} rooms, ${counts.loans} loans, ${counts.events} events in ${seconds} s.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await database.close()
}
