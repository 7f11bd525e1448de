/** Upcoming events as an Atom 1.0 feed (RFC 4287), pure: data in, XML out. */
import { DateTime } from 'luxon'

export interface AtomEntry {
  /** The event id; a UUID becomes a `urn:uuid:` IRI, anything else falls back to the entry's URL. */
  id: string
  title: string
  /** The event's public page. */
  url: string
  summary: string
  updated: Date
  start: Date
}

export interface AtomOptions {
  title: string
  siteUrl: string
  /** Address of the feed itself: its `rel="self"` link and its id. */
  selfUrl: string
  updated: Date
  entries: AtomEntry[]
}

/** Dates are shown to readers in the zone of the agenda (SPEC: French first, Europe/Paris). */
const DISPLAY_ZONE = 'Europe/Paris'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function renderAtom(options: AtomOptions): string {
  const entries = options.entries.map((entry) => [
    '  <entry>',
    `    <id>${xml(UUID.test(entry.id) ? `urn:uuid:${entry.id.toLowerCase()}` : entry.url)}</id>`,
    `    <title type="text">${xml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xml(entry.url)}"/>`,
    `    <updated>${timestamp(entry.updated)}</updated>`,
    `    <summary type="text">${xml(summaryOf(entry))}</summary>`,
    '  </entry>',
  ].join('\n'))
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>${xml(options.selfUrl)}</id>`,
    `  <title type="text">${xml(options.title)}</title>`,
    `  <updated>${timestamp(options.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(options.siteUrl)}"/>`,
    `  <author><name>${xml(options.title)}</name></author>`,
    '  <generator>Archipel</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

/** "samedi 20 mars 2027 à 10h00" then the event's own summary. */
function summaryOf(entry: AtomEntry): string {
  const when = DateTime.fromJSDate(entry.start, { zone: DISPLAY_ZONE }).setLocale('fr').toFormat("cccc d LLLL yyyy 'à' HH'h'mm")
  return entry.summary.trim() === '' ? when : `${when}\n\n${entry.summary}`
}

/** RFC 3339 in UTC, without milliseconds. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Escaped for XML text and attribute values, without the characters XML 1.0 forbids anywhere (which would make the whole feed unreadable). */
function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
