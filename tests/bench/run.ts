/**
 * `npm run bench`: the real app over a database filled with synthetic data
 * of national size, each request timed end to end (app.inject) against the
 * database's own time for the very statements that request sent.
 *
 *   npm run bench -- [--initiatives N] [--events N] [--rooms N] [--runs N] [--encoding gzip]
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *
 * With BENCH_DATABASE_URL, a throw-away database `archipel_bench_<random>`
 * is created on that server and dropped at the end; without it, an in-memory
 * PGlite is used (and smaller default sizes). Figures, never assertions.
 */
import { parseArgs } from 'node:util'
import { detectCapabilities } from '../../db/client.js'
import { buildApp } from '../../server/app.js'
import { loadConfig } from '../../server/config.js'
import { fillBenchDatabase, openBenchDatabase } from './bench-database.js'
import { measure, percentile, type Measurement } from './measure.js'
import { createRecorder } from './recording-database.js'
import { findViewport, scenarios } from './scenarios.js'
import { bytes, milliseconds, ratio, textTable } from './table.js'

const DEFAULTS = {
  postgres: { initiatives: 250_000, events: 50_000, rooms: 5_000 },
  pglite: { initiatives: 20_000, events: 5_000, rooms: 1_000 },
}
const WARMUP_RUNS = 2

function options() {
  const { values } = parseArgs({
    options: {
      initiatives: { type: 'string' }, events: { type: 'string' }, rooms: { type: 'string' },
      runs: { type: 'string' }, encoding: { type: 'string' },
    },
  })
  const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || undefined
  const defaults = serverUrl ? DEFAULTS.postgres : DEFAULTS.pglite
  const whole = (name: keyof typeof values, fallback: number, min: number): number => {
    const raw = values[name]
    if (raw === undefined) return fallback
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number >= ${min} (got "${raw}")`)
    return value
  }
  return {
    serverUrl,
    sizes: { initiatives: whole('initiatives', defaults.initiatives, 1), events: whole('events', defaults.events, 0), rooms: whole('rooms', defaults.rooms, 0) },
    runs: whole('runs', 20, 1),
    encoding: values.encoding ?? 'identity',
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

function report(measurements: Measurement[]): string {
  const rows = measurements.map((m) => {
    const e2e = percentile(m.endToEnd, 0.5)
    const db = percentile(m.database, 0.5)
    const server = percentile(m.server, 0.5)
    if (m.status !== 200) return [m.scenario.label, `HTTP ${m.status}`, '', '', '', '', '', '', '', '', '']
    return [
      m.scenario.label, String(m.items ?? '-'), bytes(m.bytes), String(m.statements),
      milliseconds(e2e), milliseconds(percentile(m.endToEnd, 0.95)),
      milliseconds(db), milliseconds(percentile(m.database, 0.95)), milliseconds(server),
      ratio(e2e, db), ratio(e2e, server),
    ]
  })
  return textTable([
    { title: 'request', align: 'left' }, { title: 'items' }, { title: 'size' }, { title: 'stmts' },
    { title: 'e2e p50' }, { title: 'e2e p95' }, { title: 'db p50' }, { title: 'db p95' }, { title: 'exec p50' },
    { title: 'e2e/db' }, { title: 'e2e/exec' },
  ], rows)
}

async function main() {
  const { serverUrl, sizes, runs, encoding } = options()
  const target = await openBenchDatabase(serverUrl)
  // Ctrl-C still drops the throw-away database.
  process.once('SIGINT', () => { void target.close().finally(() => process.exit(130)) })
  try {
    const { database } = target
    console.log(`Target: ${target.label}`)
    const progress = (message: string) => { if (process.stderr.isTTY) process.stderr.write(`\r  ${message}   `) }
    const load = await fillBenchDatabase(database, sizes, progress)
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
    const { counts } = load
    console.log(`Loaded ${counts.initiatives} initiatives, ${counts.rooms} rooms, ${counts.loans} loans, ${counts.events} events: ` +
      `migrate ${seconds(load.migrate)}, territories ${seconds(load.referenceData)}, synthetic data ${seconds(load.generate)}, VACUUM ANALYZE ${seconds(load.vacuum)}`)

    const capabilities = await detectCapabilities(database)
    console.log(`Engine: ${capabilities.engine}, PostgreSQL ${capabilities.postgresVersion}, PostGIS ${capabilities.postgisVersion}` +
      `, ST_AsMVT ${capabilities.mvt ? 'yes' : 'no'}, Node ${process.version}`)

    const recorder = createRecorder(database)
    const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false' }), { database: recorder.database, capabilities })
    await app.ready()
    try {
      const viewport = await findViewport(database)
      console.log(`Viewport: bbox=${viewport.bbox.join(',')} (${viewport.matched} published initiatives inside)`)
      const { measured, missing } = scenarios(app, viewport)
      if (missing.length > 0) console.log(`Not measured (no such route yet): ${missing.join(', ')}`)
      console.log(`Runs: ${runs} per request after ${WARMUP_RUNS} warm-up runs, one request at a time; Accept-Encoding: ${encoding}\n`)
      const measurements: Measurement[] = []
      for (const scenario of measured) {
        measurements.push(await measure(app, recorder, database, scenario, { runs, warmup: WARMUP_RUNS, headers: { 'accept-encoding': encoding } }))
      }
      console.log(report(measurements))
      console.log(`
items: numberReturned of a FeatureCollection, length of items, or VEVENTs of a feed; size: body as sent.
Milliseconds. e2e: app.inject of the real app (routing, validation, queries, serialisation${encoding === 'identity' ? '' : ', compression'}).
db: the same statements the request sent through database.query — recorded by wrapping the app's
  Database, so the SQL is the repositories' own — replayed one after the other through database.query
  right after each request: database work, driver and transfer of the rows, as the app sees them.
exec: planning + execution time the server reports for those statements (EXPLAIN (ANALYZE, TIMING OFF)),
  without network, driver or conversion of the result to text.
e2e/db is what the app adds on top of its queries; e2e/exec also counts the trip to the database.`)
    } finally {
      await app.close()
    }
  } finally {
    await target.close()
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error)
  process.exitCode = 1
})
