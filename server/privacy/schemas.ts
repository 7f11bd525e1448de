/**
 * The privacy notice's contract (GET /api/privacy): each kind of personal
 * data kept, why, and for how long, in French and English. The notice's
 * builder, the route and the web's /confidentialite page take it from here.
 */
import { Type, type Static } from 'typebox'

export const Localised = Type.Object({ fr: Type.String(), en: Type.String() })
export type Localised = Static<typeof Localised>

export const PrivacyItem = Type.Object({
  id: Type.String({ description: 'table.column of the data' }),
  data: Localised,
  purpose: Localised,
  retention: Localised,
  public: Type.Literal(false, { description: 'never shown publicly (all of them today; said explicitly for the page)' }),
})
export type PrivacyItem = Static<typeof PrivacyItem>

export const PrivacyDocument = Type.Object({
  site_name: Type.String(),
  legal_notice_url: Type.Union([Type.String(), Type.Null()]),
  erase_after_months: Type.Integer(),
  items: Type.Array(PrivacyItem),
})
export type PrivacyDocument = Static<typeof PrivacyDocument>
