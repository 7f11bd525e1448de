/**
 * Times one request of the real app (app.inject) against the database's own
 * time for the statements that request sent, run after run.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Database } from '../../db/client.js'
import { replay, serverTime, type Recorder } from './recording-database.js'

export interface Scenario { label: string; url: string }

export interface Measurement {
  scenario: Scenario
  status: number
  /** Statements the request sent through `database.query`. */
  statements: number
  bytes: number
  /** Features, items or VEVENTs in the answer. */
  items: number | undefined
  /** Milliseconds, one per run. */
  endToEnd: number[]
  database: number[]
  /** Empty when a statement could not be explained. */
  server: number[]
}

export interface MeasureOptions { runs: number; warmup: number; headers: Record<string, string> }

export async function measure(
  app: FastifyInstance, recorder: Recorder, raw: Database, scenario: Scenario, options: MeasureOptions,
): Promise<Measurement> {
  const result: Measurement = { scenario, status: 0, statements: 0, bytes: 0, items: undefined, endToEnd: [], database: [], server: [] }
  let explained = true
  for (let run = 0; run < options.warmup + options.runs; run++) {
    const { result: [response, elapsed], statements } = await recorder.record(async () => {
      const started = performance.now()
      const answer = await app.inject({ method: 'GET', url: scenario.url, headers: options.headers })
      return [answer, performance.now() - started] as const
    })
    result.status = response.statusCode
    if (response.statusCode !== 200) return result
    // Database time is measured right after the request, on the same statements, warm alike.
    const databaseMs = await replay(raw, statements)
    const serverMs: number | undefined = explained ? await serverTime(raw, statements) : undefined
    explained = serverMs !== undefined
    if (run < options.warmup) continue
    result.endToEnd.push(elapsed)
    result.database.push(databaseMs)
    if (serverMs !== undefined) result.server.push(serverMs)
    result.statements = statements.length
    result.bytes = response.rawPayload.length
    result.items = countItems(response)
  }
  if (!explained) result.server = []
  return result
}

const DECODERS: Record<string, (body: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync, deflate: inflateSync }

function countItems(response: LightMyRequestResponse): number | undefined {
  const type = String(response.headers['content-type'] ?? '')
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
  const decode = DECODERS[encoding]
  const body = decode ? decode(response.rawPayload).toString('utf8') : encoding === 'identity' ? response.body : undefined
  if (body === undefined) return undefined
  if (type.startsWith('text/calendar')) return body.match(/^BEGIN:VEVENT\r?$/gm)?.length ?? 0
  if (!/json/.test(type)) return undefined
  const answer = JSON.parse(body) as { numberReturned?: number; items?: unknown[]; features?: unknown[] }
  return answer.numberReturned ?? answer.items?.length ?? answer.features?.length
}

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(samples: number[], share: number): number | undefined {
  if (samples.length === 0) return undefined
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]
}
