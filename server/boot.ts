/**
 * Start-up of the database: open it, migrate it (under an advisory lock),
 * load the territory reference data, the demo data on the first start of an
 * embedded database, and the first admin.
 */
import { sql } from 'drizzle-orm'
import { createDatabase, detectCapabilities, type Capabilities, type Database } from '../db/client.js'
import { migrate } from '../db/migrate.js'
import { loadDemoData, openDemoMemberAccounts } from '../seed/demo/load.js'
import { ensureFirstAdmin } from './accounts/first-admin.js'
import type { Config } from './config.js'
import { ensureReferenceData } from './territories/reference-data.js'

export interface Logger { info(message: string): void; warn(message: string): void }

export async function openDatabase(config: Config, log: Logger): Promise<{ database: Database; capabilities: Capabilities }> {
  const database = await createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    const applied = await migrate(database)
    if (applied.length > 0) log.info(`migrations applied: ${applied.join(', ')}`)
    const territories = await ensureReferenceData(database)
    if (territories > 0) log.info(`territory reference data loaded: ${territories} territories`)
    // Demo data only into an embedded database that has never held data:
    // never by itself into a real PostgreSQL (use `npm run seed` there).
    const demo = config.seedDemo && database.engine === 'pglite'
    if (demo && (await isEmpty(database))) {
      const counts = await loadDemoData(database)
      log.info(`demo data loaded: ${counts.initiatives} initiatives, ${counts.rooms} rooms, ${counts.events} events`)
    }
    const admin = await ensureFirstAdmin(database, { email: config.adminEmail, password: config.adminPassword, demo })
    if (admin?.generatedPassword) {
      log.warn(`demo admin account created: ${admin.email} / ${admin.generatedPassword} (shown once; set ADMIN_EMAIL and ADMIN_PASSWORD to choose it)`)
      // So that a visitor can play a room's host by hand (answer loans in "Mes salles").
      const members = await openDemoMemberAccounts(database, admin.generatedPassword)
      if (members.length > 0) log.warn(`demo member accounts (one per host of rooms) share that password: ${members.join(', ')}`)
    } else if (admin?.created) {
      log.info(`admin account created: ${admin.email}`)
    }
    return { database, capabilities: await detectCapabilities(database) }
  } catch (error) {
    await database.close()
    throw error
  }
}

async function isEmpty(database: Database): Promise<boolean> {
  const rows = await database.query(sql`SELECT 1 FROM initiatives LIMIT 1`)
  return rows.length === 0
}
