/**
 * Caps on how many requests of one kind run at once, for the reads that are
 * cheap to ask for and costly to answer: streamed exports keep querying the
 * database until their last row, feeds read a whole agenda. Without a cap,
 * about ten parallel exports took the pool's ten connections and the rest of
 * the site (and /ready) waited 15–30 s. Past the cap the answer is 503 with
 * Retry-After at once, which download tools and calendar clients retry.
 *
 * The count is per app process; the pool it protects is too.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Busy } from '../shared/errors.js'
import { RETRY_AFTER_SECONDS } from './database-errors.js'

export interface ConcurrencyLimit {
  /** An onRequest hook: admits the request or refuses it with 503. */
  admit(request: FastifyRequest, reply: FastifyReply): Promise<void>
  /** Requests admitted and not yet answered. */
  readonly running: number
}

export function concurrencyLimit(max: number, what: string): ConcurrencyLimit {
  let running = 0
  return {
    get running() { return running },
    async admit(_request, reply) {
      if (running >= max) {
        throw new Busy(RETRY_AFTER_SECONDS, `Too many ${what} are being prepared right now; please try again in a few seconds.`)
      }
      running += 1
      // 'close' comes once the answer is sent in full, or when the client
      // goes away mid-stream: either way the slot is free again.
      reply.raw.once('close', () => { running -= 1 })
    },
  }
}
