/**
 * A lost or overloaded database is not a bug of ours: the request is answered
 * 503 with Retry-After, so that clients and proxies try again later, instead
 * of a 500. Recognised by the codes of the `postgres` driver and of Node's
 * sockets, and by PostgreSQL's own SQLSTATEs, anywhere in the error's chain
 * of causes (Drizzle wraps the driver's error in its own).
 */

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5

const CONNECTION_CODES = new Set([
  // the `postgres` driver
  'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED',
  // Node's sockets and resolver
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  // PostgreSQL: shutting down, starting up, too many connections, statement timeout
  '57P01', '57P02', '57P03', '53300', '57014',
])

/** Whether `error` (or one of its causes) says the database cannot answer now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>()
  for (let current = error; current !== null && typeof current === 'object' && !seen.has(current);) {
    seen.add(current)
    const { code, errors, cause } = current as { code?: unknown; errors?: unknown; cause?: unknown }
    // Class 08 is every connection exception.
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true
    current = cause
  }
  return false
}
