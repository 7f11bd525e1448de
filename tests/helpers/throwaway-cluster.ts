/**
 * A PostgreSQL cluster of its own for tests that stop, restart or lose the
 * database: initdb in a temporary folder, on a free port, holding one copy
 * of a database of the suite's server (the migrated image). The shared test
 * server is never touched. Needs the PostgreSQL binaries of the server's
 * version (Debian's postgresql-15); run as root, the cluster runs as
 * `postgres`, as initdb refuses root.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { chown, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort } from './app.js'
import { TEST_DATABASE_URL } from './engine.js'

const run = promisify(execFile)
const BIN = '/usr/lib/postgresql/15/bin'
const asRoot = process.getuid?.() === 0

export interface ThrowawayCluster {
  /** The copied database's URL. */
  url: string
  stop(): Promise<void>
  start(): Promise<void>
  restart(): Promise<void>
  /** Stops the cluster and removes its folder. */
  destroy(): Promise<void>
}

/** As the cluster's owner: `postgres` when the tests run as root. */
async function asOwner(command: string, args: string[]): Promise<string> {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  const { stdout } = await run(file, argv, { timeout: 60_000 })
  return stdout
}

export async function startThrowawayCluster(copyOf: string): Promise<ThrowawayCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'archipel-cluster-'))
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: gid } = await run('id', ['-g', 'postgres'])
    await chown(dir, Number(stdout), Number(gid))
  }
  const port = await freePort()
  const data = join(dir, 'data')
  await asOwner(`${BIN}/initdb`, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`
  const pgCtl = (...args: string[]) => asOwner(`${BIN}/pg_ctl`, ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', ...args])
  const start = async () => { await pgCtl('-o', options, 'start') }
  const stop = async () => { await pgCtl('-m', 'fast', 'stop') }
  await start()

  const host = ['-h', '127.0.0.1', '-U', 'postgres']
  await run(`${BIN}/createdb`, [...host, '-p', String(port), 'archipel'])
  await copyDatabase(copyOf, ['-p', String(port), ...host])
  return {
    url: `postgres://postgres@127.0.0.1:${port}/archipel`,
    start,
    stop,
    restart: async () => { await pgCtl('-o', options, '-m', 'fast', 'restart') },
    destroy: async () => {
      await stop().catch(() => {})
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** pg_dump of the suite's server piped into psql on the cluster. */
async function copyDatabase(name: string, target: string[]): Promise<void> {
  const source = new URL(TEST_DATABASE_URL!)
  source.pathname = `/${name}`
  const dump = spawn(`${BIN}/pg_dump`, ['--no-owner', '--no-privileges', source.toString()], { stdio: ['ignore', 'pipe', 'inherit'] })
  const restore = spawn(`${BIN}/psql`, [...target, '-q', '-v', 'ON_ERROR_STOP=1', '-d', 'archipel'], { stdio: ['pipe', 'ignore', 'inherit'] })
  dump.stdout.pipe(restore.stdin)
  const exitOf = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', resolve))
  const [dumped, restored] = await Promise.all([exitOf(dump), exitOf(restore)])
  if (dumped !== 0 || restored !== 0) throw new Error(`copying ${name} failed (pg_dump ${dumped}, psql ${restored})`)
}
