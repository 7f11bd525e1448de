/** `npm run db:migrate`: applies pending migrations to the configured database. */
import { loadConfig } from '../server/config.js'
import { createDatabase } from './client.js'
import { migrate } from './migrate.js'

const config = loadConfig()
const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
try {
  const applied = await migrate(database)
  console.log(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Nothing to apply.')
} finally {
  await database.close()
}
