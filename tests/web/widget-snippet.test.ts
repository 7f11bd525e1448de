/**
 * The snippets the share page writes: a page's filters become the widget's
 * attributes (the API's names), escaped; the iframe carries the same filters
 * in its query string, which /embed/* accepts (tests/server/embed-pages.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { choiceFromSearch, filterAttributes, iframeSnippet, scriptSnippet, searchFromChoice, sharePath } from '../../web/app/share/widget-snippet.js'

const origin = 'https://ess.example.org'

describe('the share page\'s snippets', () => {
  it('write the agenda page\'s filters as the widget\'s attributes', () => {
    const choice = choiceFromSearch('?widget=agenda&kind=atelier,forum&territory=departement:37&view=month&height=30em')
    expect(scriptSnippet(origin, choice)).toBe(
      '<script type="module" src="https://ess.example.org/embed.js"></script>\n' +
      '<archipel-agenda kind="atelier,forum" territory="departement:37" view="month" height="30em"></archipel-agenda>')
    expect(iframeSnippet(origin, choice, 'Agenda — Archipel')).toBe(
      '<iframe src="https://ess.example.org/embed/agenda?kind=atelier%2Cforum&amp;territory=departement%3A37&amp;view=month" ' +
      'title="Agenda — Archipel" style="width: 100%; height: 30em; border: 0" loading="lazy"></iframe>')
  })

  it('leave out what a widget does not take, and a yes/no filter that asks nothing', () => {
    const rooms = choiceFromSearch('?widget=rooms&equipment=wifi&equipment=sono&step_free=true&free=false&date=2026-12-09&kind=atelier')
    expect(filterAttributes(rooms)).toEqual([['equipment', 'wifi,sono'], ['step_free', 'true']])
  })

  it('escape a search as attribute text', () => {
    const choice = choiceFromSearch(`?widget=map&q=${encodeURIComponent('"><script>alert(1)</script>')}`)
    const snippet = scriptSnippet(origin, choice)
    expect(snippet).toContain('q="&quot;>&lt;script>alert(1)&lt;/script>"')
    expect(snippet.match(/<script/g)).toHaveLength(1)
  })

  it('fall back to the defaults for an unknown widget, view or height', () => {
    const choice = choiceFromSearch('?widget=globe&view=month&height=100%25;color:red')
    expect(choice).toMatchObject({ kind: 'map', view: 'map list', height: '480px' })
    expect(searchFromChoice(choice).toString()).toBe('widget=map')
  })

  it('link from a page with its filters', () => {
    expect(sharePath('map', new URLSearchParams('category=alimentation&q=vrac'))).toBe('/integrer?widget=map&category=alimentation&q=vrac')
  })
})
