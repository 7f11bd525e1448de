/** GET /api/privacy: the privacy notice as data, for the /confidentialite page. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Config } from '../config.js'
import { privacyDocument } from './privacy-document.js'
import { PrivacyDocument } from './schemas.js'
import { PUBLIC_READ } from '../http/public-reads.js'

export const privacyRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const document = privacyDocument({
    siteName: config.siteName, legalNoticeUrl: config.legalNoticeUrl, rateLimitWindowSeconds: config.rateLimitWindowSeconds,
  })
  app.get('/api/privacy', {
    config: PUBLIC_READ,
    schema: { tags: ['system'], summary: 'What personal data is kept, why, and for how long', response: { 200: PrivacyDocument } },
  }, async () => document)
}
