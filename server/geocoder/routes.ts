/**
 * GET /api/geocode?q= — the proposal forms' address search, relayed to the
 * operator's geocoder (GEOCODER_URL). Relaying keeps the visitor's address
 * off third-party logs' referrers and lets the server rate-limit it; 404
 * when no geocoder is configured (the forms then hide the search).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { RateLimiter } from '../http/rate-limit.js'
import { DomainError, NotFound } from '../shared/errors.js'
import { GeocoderUnavailable, type Geocoder } from './client.js'
import { GeocodedAddress } from './schemas.js'

/** Searches per client address per minute: a form types a few per address. */
const SEARCHES_PER_MINUTE = 60

export const geocoderRoutes: FastifyPluginAsyncTypebox<{ geocoder: Geocoder | undefined; rateLimiter: RateLimiter }> = async (
  app,
  { geocoder, rateLimiter },
) => {
  app.get('/api/geocode', {
    schema: {
      tags: ['places'],
      summary: 'Address search through the configured geocoder (404 when none is configured)',
      querystring: Type.Object({
        q: Type.String({ minLength: 3, maxLength: 200 }),
        limit: Type.Integer({ minimum: 1, maximum: 10, default: 5 }),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ results: Type.Array(GeocodedAddress) }) },
    },
  }, async (request) => {
    if (!geocoder) throw new NotFound('No geocoder is configured on this instance.')
    await rateLimiter.hit(`geocode:${request.ip}`, SEARCHES_PER_MINUTE, 60)
    try {
      return { results: await geocoder.search(request.query.q, request.query.limit) }
    } catch (error) {
      if (error instanceof GeocoderUnavailable) {
        request.log.warn({ err: error }, 'geocoder failed')
        throw new DomainError(502, 'Bad gateway', 'The address search is unavailable for now.')
      }
      throw error
    }
  })
}
