/** Entry point: read config → open database → build app → listen → close on SIGTERM. */
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { openDatabase } from './boot.js'
import { ConfigError, loadConfig } from './config.js'

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

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error')
  else app.log.info(`${signal} received, closing`)
  await app.close() // in-flight requests finish first
  await database.close()
})

await app.listen({ port: config.port, host: config.host })
app.log.info(`${config.siteName} ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${config.publicUrl ?? `http://localhost:${config.port}`}`)
