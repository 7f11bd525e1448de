/**
 * A Database that notes every statement the app sends through `query` while
 * a request runs, so that the database's own time for that request can be
 * measured on exactly the same SQL and parameters — built by the app's
 * repositories, never copied into the benchmark.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client.js'

export interface Recorder {
  /** The Database to give the app. */
  database: Database
  /** Runs `work` and returns what it returned and the statements it sent. */
  record<T>(work: () => Promise<T>): Promise<{ result: T; statements: SQL[] }>
}

export function createRecorder(database: Database): Recorder {
  let current: SQL[] | undefined
  return {
    database: {
      ...database,
      query: (statement, on) => {
        current?.push(statement)
        return database.query(statement, on)
      },
    },
    async record(work) {
      const statements: SQL[] = []
      current = statements
      try {
        return { result: await work(), statements }
      } finally {
        current = undefined
      }
    },
  }
}

/** Milliseconds to run the statements again, one after the other, as the app did (driver and transfer included). */
export async function replay(database: Database, statements: SQL[]): Promise<number> {
  const started = performance.now()
  for (const statement of statements) await database.query(statement)
  return performance.now() - started
}

interface ExplainOutput { 'Planning Time': number; 'Execution Time': number }

/**
 * Milliseconds the server itself spends planning and executing the
 * statements (EXPLAIN ANALYZE, without per-node timing): no network, no
 * driver, no conversion of the result to text. Undefined when a statement
 * cannot be explained.
 */
export async function serverTime(database: Database, statements: SQL[]): Promise<number | undefined> {
  let total = 0
  for (const statement of statements) {
    let rows: Record<string, unknown>[]
    try {
      rows = await database.query(sql`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${statement}`)
    } catch {
      return undefined
    }
    const plan = rows[0]?.['QUERY PLAN']
    const [output] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as ExplainOutput[]
    if (!output) return undefined
    total += output['Planning Time'] + output['Execution Time']
  }
  return total
}
