/**
 * `npm run seed`: migrates the configured database (PGlite in DATA_DIR, or
 * DATABASE_URL), loads the territory reference data, then the demo data.
 * Refuses, with a message, when the demo data is already there.
 */
import { createDatabase } from '../db/client.js'
import { migrate } from '../db/migrate.js'
import { loadConfig } from '../server/config.js'
import { ensureReferenceData } from '../server/territories/reference-data.js'
import { loadDemoData } from './demo/load.js'

const config = loadConfig()
const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
try {
  await migrate(database)
  await ensureReferenceData(database)
  const counts = await loadDemoData(database)
  console.log(`Demo data loaded: ${counts.initiatives} initiatives, ${counts.rooms} rooms, ${counts.loans} loans, ${counts.events} events.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await database.close()
}
