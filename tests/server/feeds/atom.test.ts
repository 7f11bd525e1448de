import { describe, expect, it } from 'vitest'
import { renderAtom, type AtomEntry } from '../../../server/feeds/atom.js'
import { runPython } from './python.js'

/** The feed read back by Python's standard XML parser, an independent reader that refuses malformed XML. */
function parseAtom(xml: string) {
  const script = String.raw`
import json, sys
import xml.etree.ElementTree as ET
A = '{http://www.w3.org/2005/Atom}'
feed = ET.fromstring(sys.stdin.buffer.read())
def links(node):
    return {l.get('rel'): l.get('href') for l in node.findall(A + 'link')}
print(json.dumps({
    'tag': feed.tag, 'lang': feed.get('{http://www.w3.org/XML/1998/namespace}lang'),
    'id': feed.findtext(A + 'id'), 'title': feed.findtext(A + 'title'), 'updated': feed.findtext(A + 'updated'),
    'author': feed.findtext(A + 'author/' + A + 'name'), 'links': links(feed),
    'entries': [{'id': e.findtext(A + 'id'), 'title': e.findtext(A + 'title'), 'updated': e.findtext(A + 'updated'),
                 'summary': e.findtext(A + 'summary'), 'links': links(e)} for e in feed.findall(A + 'entry')],
}))
`
  return JSON.parse(runPython(script, xml)) as {
    tag: string; lang: string; id: string; title: string; updated: string; author: string; links: Record<string, string>
    entries: { id: string; title: string; updated: string; summary: string; links: Record<string, string> }[]
  }
}

const SITE = 'https://archipel.example/'
const SELF = 'https://archipel.example/feeds/events.atom?category=alimentation&territory=departement:37'

function entry(overrides: Partial<AtomEntry> = {}): AtomEntry {
  return {
    id: '3f2b8c1e-7d4a-4e6b-9a1c-5d8e7f6a4b3c',
    title: 'Marché des producteurs',
    url: 'https://archipel.example/agenda/3f2b8c1e-7d4a-4e6b-9a1c-5d8e7f6a4b3c',
    summary: 'Producteurs locaux et bio.',
    updated: new Date('2027-03-01T10:00:00.000Z'),
    start: new Date('2027-03-20T09:00:00Z'),
    ...overrides,
  }
}

function render(entries: AtomEntry[], title = 'Agenda — Tours') {
  return renderAtom({ title, siteUrl: SITE, selfUrl: SELF, updated: new Date('2027-03-02T08:15:30.250Z'), entries })
}

describe('renderAtom', () => {
  it('renders an Atom 1.0 feed with its id, self link, update time and entries', () => {
    const feed = parseAtom(render([entry(), entry({ id: 'a1b2c3d4-0000-4000-8000-000000000001' })]))
    expect(feed.tag).toBe('{http://www.w3.org/2005/Atom}feed')
    expect(feed.lang).toBe('fr')
    expect(feed.id).toBe(SELF)
    expect(feed.links).toEqual({ self: SELF, alternate: SITE })
    expect(feed.updated).toBe('2027-03-02T08:15:30Z')
    expect(feed.author).toBe('Agenda — Tours')
    expect(feed.entries.map((item) => item.id)).toEqual([
      'urn:uuid:3f2b8c1e-7d4a-4e6b-9a1c-5d8e7f6a4b3c', 'urn:uuid:a1b2c3d4-0000-4000-8000-000000000001',
    ])
    expect(feed.entries[0]).toMatchObject({ title: 'Marché des producteurs', updated: '2027-03-01T10:00:00Z', links: { alternate: entry().url } })
  })

  it('escapes markup and quotes in every text and address', () => {
    const title = `<script>alert("x")</script> & 'Café' <b>`
    const url = 'https://archipel.example/agenda/x?a=1&b="2"'
    const xml = render([entry({ title, summary: '1 < 2 && 3 > 2', url })], 'Agenda <Tours> & "environs"')
    expect(xml).not.toContain('<script>')
    const feed = parseAtom(xml)
    expect(feed.title).toBe('Agenda <Tours> & "environs"')
    expect(feed.entries[0]!.title).toBe(title)
    expect(feed.entries[0]!.links.alternate).toBe(url)
    expect(feed.entries[0]!.summary.endsWith('1 < 2 && 3 > 2')).toBe(true)
    expect(feed.links.self).toBe(SELF)
  })

  it('shows the start in Europe/Paris at the head of the summary, in winter and in summer', () => {
    const feed = parseAtom(render([
      entry({ start: new Date('2027-03-20T09:00:00Z') }),
      entry({ start: new Date('2027-07-14T08:30:00Z'), summary: '' }),
    ]))
    expect(feed.entries.map((item) => item.summary)).toEqual([
      'samedi 20 mars 2027 à 10h00\n\nProducteurs locaux et bio.',
      'mercredi 14 juillet 2027 à 10h30',
    ])
  })

  it('drops characters that XML forbids, so one bad title cannot break the feed', () => {
    const feed = parseAtom(render([entry({ title: 'Bip\u0000\u0007 fin\uFFFF \uD800seul' })]))
    expect(feed.entries[0]!.title).toBe('Bip fin seul')
  })

  it('identifies an entry whose id is not a UUID by its address', () => {
    const feed = parseAtom(render([entry({ id: 'evenement-42', url: 'https://archipel.example/agenda/42' })]))
    expect(feed.entries[0]!.id).toBe('https://archipel.example/agenda/42')
  })
})
