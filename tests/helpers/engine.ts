/** Which engine the suite runs on, as decided by the environment of `npm test`. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined
export const ENGINE: 'pglite' | 'postgres' = TEST_DATABASE_URL ? 'postgres' : 'pglite'

/** The URL of another database on the same server. */
export function databaseUrl(name: string): string {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set')
  const url = new URL(TEST_DATABASE_URL)
  url.pathname = `/${name}`
  return url.toString()
}
