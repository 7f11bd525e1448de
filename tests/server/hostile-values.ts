/**
 * The values an attacker sends, for hostile-routes.test.ts: texts the
 * database or a parser chokes on, numbers past every limit, and values of the
 * wrong type; plus a sample body a JSON Schema allows, to put them in.
 */
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'

export interface Schema {
  type?: string | string[]
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  minItems?: number
  anyOf?: Schema[]
  oneOf?: Schema[]
  enum?: unknown[]
  const?: unknown
  default?: unknown
  examples?: unknown[]
  format?: string
  minimum?: number
  minLength?: number
}

const NASTY_TEXTS = [
  '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u0007\u001b[31m', 'ligne\u2028autre', '\r\nEND:VEVENT\r\n',
  'Infinity', '-Infinity', 'NaN', '1e400', '-1e400', '-1', '0', '99999999999999999999', '2147483648', '',
  ' ', '%00', '../../etc/passwd', "' OR 1=1 --", '<script>alert(1)</script>', 'null', 'true', '[]', '{}',
  '2027-02-30T25:61:00+01:00', '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', 'FREQ=SECONDLY;COUNT=99999999',
  'commune:', 'departement:ZZ', '=HYPERLINK("http://evil")', 'é'.repeat(3000), 'javascript:alert(1)',
]

/** The few that broke something once: each is tried in every parameter and field of every route. */
export const CORE_TEXTS = ['a\u0000b', 'x\udfffy', '\u0007\u001b[31m', 'Infinity', '1e400', '99999999999999999999',
  '0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '']
export const CORE_JSON: unknown[] = [...CORE_TEXTS, 1e308, -(2 ** 31) - 1, 0.5, true, null, ['x'], { x: 1 }]

/** A text, as a query string or a path can only carry text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
)

/** Any JSON value, of the wrong type most of the time. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, 2 ** 31, -(2 ** 31) - 1, 0.5, -0),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileText, { maxKeys: 2 }),
)

/** A value the schema plausibly allows: examples and defaults first, then the simplest of its type. */
export function sampleOf(schema: Schema): unknown {
  if (schema.examples?.[0] !== undefined) return schema.examples[0]
  if (schema.default !== undefined) return schema.default
  if (schema.const !== undefined) return schema.const
  if (schema.enum?.length) return schema.enum[0]
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) return sampleOf(branches.find((branch) => branch.type !== 'null') ?? branches[0]!)
  const type = Array.isArray(schema.type) ? schema.type.find((one) => one !== 'null') : schema.type
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((name) => [name, sampleOf(schema.properties?.[name] ?? {})]))
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}))
    case 'string':
      if (schema.format === 'uuid') return randomUUID()
      if (schema.format === 'email') return 'someone@example.org'
      if (schema.format === 'date-time') return '2027-03-20T10:00:00+01:00'
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1))
    case 'integer':
    case 'number':
      return schema.minimum ?? 1
    case 'boolean':
      return false
    default:
      return null
  }
}

/** Every place in a value of this schema where a field can go, as paths of property names and indexes. */
export function placesOf(schema: Schema, at: Array<string | number> = []): Array<Array<string | number>> {
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) return branches.flatMap((branch) => placesOf(branch, at))
  const own = at.length > 0 ? [at] : []
  if (schema.properties) {
    return [...own, ...Object.entries(schema.properties).flatMap(([name, property]) => placesOf(property, [...at, name]))]
  }
  if (schema.items) return [...own, ...placesOf(schema.items, [...at, 0])]
  return own
}

export function setAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  if (typeof head === 'number') {
    const array = Array.isArray(value) ? [...value] : []
    array[head] = setAt(array[head], rest, replacement)
    return array
  }
  const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {}
  ;(object as Record<string, unknown>)[head!] = setAt((object as Record<string, unknown>)[head!], rest, replacement)
  return object
}

/** The sample with one of its fields (present or not) given a hostile value. */
export function withValueAt(schema: Schema, sample: unknown): fc.Arbitrary<unknown> {
  const places = placesOf(schema)
  if (places.length === 0) return hostileJson
  return fc.tuple(fc.constantFrom(...places), hostileJson).map(([path, value]) => setAt(sample, path, value))
}
