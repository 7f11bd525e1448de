/** GET /api/privacy: the privacy notice as data, for the /confidentialite page. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Config } from '../config.js'
import { privacyDocument } from './privacy-document.js'
import { PUBLIC_READ } from '../http/public-reads.js'

const Localised = Type.Object({ fr: Type.String(), en: Type.String() })

const PrivacySchema = Type.Object({
  site_name: Type.String(),
  legal_notice_url: Type.Union([Type.String(), Type.Null()]),
  erase_after_months: Type.Integer(),
  items: Type.Array(Type.Object({
    id: Type.String(),
    data: Localised,
    purpose: Localised,
    retention: Localised,
    public: Type.Boolean(),
  })),
})

export const privacyRoutes: FastifyPluginAsyncTypebox<{ config: Config }> = async (app, { config }) => {
  const document = privacyDocument({
    siteName: config.siteName, legalNoticeUrl: config.legalNoticeUrl, rateLimitWindowSeconds: config.rateLimitWindowSeconds,
  })
  app.get('/api/privacy', {
    config: PUBLIC_READ,
    schema: { tags: ['system'], summary: 'What personal data is kept, why, and for how long', response: { 200: PrivacySchema } },
  }, async () => document)
}
