import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/config.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The problems loadConfig reports for these settings (fails if it accepts them). */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).problems
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`)
}

describe('configuration', () => {
  it('accepts an empty environment with defaults', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ port: 3000, siteName: 'Archipel', databaseUrl: undefined })
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ MAP_BOUNDS: '1,2,3' }, 'MAP_BOUNDS'],
    [{ DATABASE_URL: 'http://x' }, 'DATABASE_URL'],
    [{ ADMIN_EMAIL: 'admin@example.org' }, 'ADMIN_PASSWORD'],
  ])('refuses %j, naming %s', (env, name) => {
    const problems = problemsOf(env)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(name)
  })

  it('names every bad setting at once', () => {
    const problems = problemsOf({
      PORT: 'abc', MAP_BOUNDS: '1,2,3', DATABASE_URL: 'http://x', ADMIN_EMAIL: 'admin@example.org',
    })
    expect(problems).toHaveLength(4)
    const message = problems.join('\n')
    for (const name of ['PORT', 'MAP_BOUNDS', 'DATABASE_URL', 'ADMIN_PASSWORD']) expect(message).toContain(name)
  })

  it('stops the server with exit code 2 and a message naming PORT, before opening any database', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'archipel-config-'))
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'abc', DATA_DIR: dataDir, LOG_LEVEL: 'info' }
      delete env.DATABASE_URL
      const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile('npx', ['tsx', 'server/main.ts'], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout, stderr) => {
          resolve({ code: error ? (error.code as number | null) ?? null : 0, stdout, stderr })
        })
      })
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('PORT')
      expect(result.stdout).not.toMatch(/ready|migrations applied/)
      expect(await readdir(dataDir)).toEqual([])
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 90_000)
})
