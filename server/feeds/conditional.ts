/**
 * The agenda feeds as cacheable answers, on the tags of conditional-get.ts.
 * Their tag also hashes the day their window starts, so it moves with the
 * window even on a day no body changes. Last-Modified is the latest change of
 * the events shown, absent for an empty feed; only If-None-Match decides 304
 * (an event ageing out of the window leaves no date behind).
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { entityTag, matchesIfNoneMatch } from './conditional-get.js'

export interface FeedAnswer {
  body: string
  contentType: string
  lastModified: Date | null
  /** Day (`2026-10-26`) from which the feed's window starts; '' for a feed without window. */
  windowDay: string
}

export function sendFeed(request: FastifyRequest, reply: FastifyReply, answer: FeedAnswer) {
  const tag = entityTag(`${answer.windowDay}\n${answer.body}`)
  // Stored, but checked again with the server before each use.
  reply.header('etag', tag).header('cache-control', 'public, no-cache')
  if (answer.lastModified) reply.header('last-modified', answer.lastModified.toUTCString())
  if (matchesIfNoneMatch(request.headers['if-none-match'], tag)) return reply.code(304).send()
  return reply.type(answer.contentType).send(answer.body)
}
