/**
 * Text search typed by people (`q`), shared by every list that searches: the
 * words become a prefix tsquery over a `search` column built with the
 * `archipel_search` configuration (accents and case ignored, French words
 * stemmed, so that "réparation" finds "réparer"). PostgreSQL stems the query's
 * words too, and the prefix keeps finding a name while it is being typed.
 */
export const MAX_SEARCH_WORDS = 8

/**
 * Letters and digits of the text, lower-cased: the only thing put in a tsquery,
 * so that `&`, `|`, `!`, `:` or quotes typed by someone are never read as syntax.
 */
export function searchWords(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS)
}

/** `epicerie vrac` → `epicerie:* & vrac:*`; undefined when the text holds no word. */
export function prefixTsquery(text: string | undefined): string | undefined {
  const words = searchWords(text ?? '')
  return words.length > 0 ? words.map((word) => `${word}:*`).join(' & ') : undefined
}

/** Every value of a repeated, comma-separated parameter, trimmed, without empty ones or repeats. */
export function listValues(raw: readonly string[] | string | undefined): string[] {
  const all = (raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw)
    .flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '')
  return [...new Set(all)]
}
