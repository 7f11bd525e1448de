/**
 * The query string of the initiative lists and exports turned into a checked
 * filter, pure. Repeated and comma-separated values are OR'd within a
 * parameter; parameters are AND'd (SPEC section 4). Whether a category or a
 * territory exists is asked of the database by the route.
 */
import { Type } from 'typebox'
import { LEGAL_FORMS } from '../../db/schema/initiatives.js'
import { parseBbox, type Bbox } from '../shared/bbox.js'
import { invalidField } from '../shared/errors.js'
import { listValues, prefixTsquery } from '../shared/text-search.js'

/** Lists absent or empty do not filter. */
export interface InitiativeFilter {
  categories?: string[]
  legalForms?: string[]
  /** `type:code` ids, e.g. `departement:37`. */
  territories?: string[]
  bbox?: Bbox
  /** A prefix tsquery built from the words of `q` only; results are then ranked. */
  tsquery?: string
}

const list = (description: string, examples: string[]) =>
  Type.Optional(Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 50, description, examples }))

/** The filters of GET /api/initiatives, shared by the exports. */
export const initiativeFilterQuery = {
  q: Type.Optional(Type.String({ maxLength: 200, description: 'words searched in name, address and description; accents and case ignored, as prefixes; ranks the results' })),
  category: list('category slugs, repeated or comma-separated (OR)', ['alimentation,habitat']),
  legal_form: list(`legal forms (OR): ${LEGAL_FORMS.join(', ')}`, ['scop,scic']),
  territory: list('territories written type:code (OR)', ['departement:37']),
  bbox: Type.Optional(Type.String({ description: 'minLon,minLat,maxLon,maxLat', examples: ['0.5,47.2,0.9,47.5'] })),
}

export interface InitiativeFilterQuery {
  q?: string
  category?: string[]
  legal_form?: string[]
  territory?: string[]
  bbox?: string
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
/** Official codes: INSEE commune (2A/2B for Corsica), SIREN of an EPCI, département, région. */
const TERRITORY = /^(commune:(\d{5}|2[AB]\d{3})|epci:\d{9}|departement:(\d{2,3}|2[AB])|region:\d{2})$/
const KNOWN_LEGAL_FORMS: ReadonlySet<string> = new Set(LEGAL_FORMS)

export function parseInitiativeFilter(query: InitiativeFilterQuery): InitiativeFilter {
  const categories = checked('category', listValues(query.category), (v) => SLUG.test(v), 'is not a category slug')
  const legalForms = checked('legal_form', listValues(query.legal_form), (v) => KNOWN_LEGAL_FORMS.has(v),
    `is not a legal form; legal forms are ${LEGAL_FORMS.join(', ')}`)
  const territories = checked('territory', listValues(query.territory), (v) => TERRITORY.test(v),
    'is not a territory: write type:code (commune:37261, epci:243700754, departement:37, departement:2A, region:24)')
  const bbox = parseBbox(query.bbox)
  const tsquery = prefixTsquery(query.q)
  return { categories, legalForms, territories, ...(bbox ? { bbox } : {}), ...(tsquery ? { tsquery } : {}) }
}

/** 400 naming the field when a category or territory of the filter is not known. */
export function checkKnown(filter: InitiativeFilter, known: { categories: Set<string>; territories: Set<string> }) {
  const missing = (field: string, wanted: string[], names: Set<string>) => {
    const unknown = wanted.find((value) => !names.has(value))
    if (unknown !== undefined) throw invalidField('query', field, `unknown ${field} "${unknown}"`)
  }
  missing('category', filter.categories ?? [], known.categories)
  missing('territory', filter.territories ?? [], known.territories)
}

function checked(field: string, values: string[], valid: (value: string) => boolean, detail: string): string[] {
  const bad = values.find((value) => !valid(value))
  if (bad !== undefined) throw invalidField('query', field, `"${bad}" ${detail}`)
  return values
}
