/**
 * Initiatives as CSV rows (RFC 4180), pure. Every cell is quoted when it
 * holds a quote, a comma or a line break; a cell that a spreadsheet would read
 * as a formula (starting with = + - @, or a tab or carriage return) gets a
 * leading apostrophe, so opening the export never runs anything.
 */
export const CSV_COLUMNS = [
  'id', 'name', 'description', 'categories', 'legal_form', 'address', 'commune', 'commune_name',
  'epci', 'departement', 'region', 'website', 'email', 'phone', 'status', 'created_at', 'updated_at',
  'source', 'lon', 'lat',
] as const

/** Excel reads a file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF'

export interface FeatureForCsv {
  id: string
  geometry: { coordinates: [number, number] } | null
  properties: Record<string, unknown>
}

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text = Array.isArray(value) ? value.join('|') : String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

export const csvHeader = () => csvLine(CSV_COLUMNS)

/** One row of the export from a Feature: categories joined by `|`, coordinates as numbers. */
export function featureCsvLine({ id, geometry, properties }: FeatureForCsv): string {
  const [lon, lat] = geometry?.coordinates ?? [null, null]
  return csvLine(CSV_COLUMNS.map((column) => {
    if (column === 'id') return id
    if (column === 'lon') return lon
    if (column === 'lat') return lat
    return properties[column]
  }))
}
