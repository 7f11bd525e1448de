/** Entry point: read config → open database → build app → listen → close on SIGTERM. */
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { openDatabase } from './boot.js'
import { ConfigError, loadConfig } from './config.js'
import { createMailer } from './mail/mailer.js'
import { scheduledTasks } from './tasks/scheduled-tasks.js'
import { startScheduler } from './tasks/scheduler.js'

let config
try {
  config = loadConfig()
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message)
    process.exit(2)
  }
  throw error
}

const started = Date.now()
const console_ = { info: (m: string) => console.log(m), warn: (m: string) => console.warn(m) }
const { database, capabilities } = await openDatabase(config, console_)
const app = await buildApp(config, { database, capabilities })
app.log.info({ engine: capabilities.engine, postgres: capabilities.postgresVersion, postgis: capabilities.postgisVersion, mvt: capabilities.mvt }, 'database ready')

// Scheduled tasks run here, not in buildApp: tests and tools that build an
// app do not start them. Each task is safe when several servers run it.
const taskMailer = createMailer({ smtpUrl: config.smtpUrl, siteName: config.siteName, publicUrl: config.publicUrl, log: app.log })
const scheduler = startScheduler({ tasks: scheduledTasks({ database, mailer: taskMailer, config }), log: app.log })

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error')
  else app.log.info(`${signal} received, closing`)
  await scheduler.stop() // a round under way finishes first
  taskMailer.close()
  await app.close() // in-flight requests finish first
  await database.close()
})

await app.listen({ port: config.port, host: config.host })
if (!config.publicUrlConfigured) {
  app.log.warn(`PUBLIC_URL is not set: links in e-mails and feeds point to ${config.publicUrl} (set PUBLIC_URL to the site's public address)`)
}
app.log.info(`${config.siteName} ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${config.publicUrl}`)
