/** The scheduled tasks of an app server, wired to their dependencies. */
import type { Database } from '../../db/client.js'
import type { Config } from '../config.js'
import type { Mailer } from '../mail/mailer.js'
import { cleanExpired } from './clean-expired.js'
import { erasePersonalData } from './erase-personal-data.js'
import { sendModeratorDigest } from './moderator-digest.js'
import { createTaskRepository } from './repository.js'
import type { ScheduledTask } from './scheduler.js'

export function scheduledTasks({ database, mailer, config }: { database: Database; mailer: Mailer; config: Config }): ScheduledTask[] {
  const tasks = createTaskRepository(database)
  const baseUrl = config.publicUrl
  return [
    { name: 'erase-personal-data', run: (now) => erasePersonalData({ tasks }, now) },
    { name: 'clean-expired', run: (now) => cleanExpired({ tasks }, now) },
    { name: 'moderator-digest', run: (now) => sendModeratorDigest({ tasks, mailer, siteName: config.siteName, baseUrl }, now) },
  ]
}
