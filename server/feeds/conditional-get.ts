/**
 * Conditional GET for feeds: an entity tag hashed from the body, and 304 when
 * the client already holds that body. Calendar clients poll feeds often; a
 * 304 spares them the download and us the bandwidth.
 */
import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * A weak tag (`W/"…"`): the answer may be compressed on the way out, and the
 * same tag then stands for each encoding of one body (RFC 9110 §8.8.1).
 */
export function entityTag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** Whether an If-None-Match header names this tag (weak comparison, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  const opaque = (value: string) => value.trim().replace(/^W\//, '')
  return header.split(',').some((candidate) => opaque(candidate) === opaque(tag))
}

export interface Cacheable {
  body: string
  contentType: string
  /** Last change of what the body shows; sent as Last-Modified (whole seconds). */
  lastModified: Date
}

/**
 * Sends the body with ETag and Last-Modified, or 304 without it when the
 * client's If-None-Match holds the tag. If-Modified-Since is not used: the
 * tag is exact, while a date misses changes that leave no date behind (a
 * busy block ageing out of a feed's window).
 */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, { body, contentType, lastModified }: Cacheable) {
  const tag = entityTag(body)
  reply
    .header('etag', tag)
    .header('last-modified', lastModified.toUTCString())
    // Stored, but checked again on each use: the tag makes that cheap.
    .header('cache-control', 'no-cache')
  if (matchesIfNoneMatch(request.headers['if-none-match'], tag)) return reply.code(304).send()
  return reply.type(contentType).send(body)
}
