/**
 * What the "Partager / intégrer" page writes for a partner: the widget's
 * attributes from a page's filters, and the two snippets (a script tag and
 * the element, or an iframe) that show the same thing on another site.
 * Pure, so it is tested without a browser. The attribute names are the
 * API's (SPEC §6), so the filters of the map, agenda and rooms pages carry
 * over as they are written in those pages' addresses.
 */
import { pagePaths } from '../../page-paths.js'

export const WIDGETS = ['map', 'agenda', 'rooms'] as const
export type WidgetKind = (typeof WIDGETS)[number]

export const widgetTags: Record<WidgetKind, string> = { map: 'archipel-map', agenda: 'archipel-agenda', rooms: 'archipel-rooms' }

/** The filter attributes each widget takes, in the order they are written. */
const filterNames: Record<WidgetKind, readonly string[]> = {
  map: ['category', 'territory', 'q', 'legal_form', 'bbox'],
  agenda: ['kind', 'category', 'programme', 'territory', 'q'],
  rooms: ['territory', 'capacity_min', 'equipment', 'step_free', 'free', 'bbox'],
}

/** The views each widget offers, its default first. */
export const widgetViews: Record<WidgetKind, readonly string[]> = {
  map: ['map list', 'map', 'list'],
  agenda: ['list', 'month'],
  rooms: ['map list', 'map', 'list'],
}

export interface WidgetChoice {
  kind: WidgetKind
  /** A page's address parameters; what the widget does not take is left out. */
  filters: URLSearchParams
  view: string
  /** A CSS length. */
  height: string
}

export const defaultHeight = '480px'

/** Reads the page's own address: `?widget=agenda&kind=atelier&view=month&height=600px`. */
export function choiceFromSearch(search: string | URLSearchParams): WidgetChoice {
  const params = new URLSearchParams(search)
  const kind = (WIDGETS as readonly string[]).includes(params.get('widget') ?? '') ? params.get('widget') as WidgetKind : 'map'
  const view = params.get('view') ?? ''
  const height = params.get('height') ?? ''
  return {
    kind,
    filters: params,
    view: widgetViews[kind].includes(view) ? view : widgetViews[kind][0]!,
    height: isCssLength(height) ? height : defaultHeight,
  }
}

/** The page's address for a choice, so it can be shared and survives a reload. */
export function searchFromChoice(choice: WidgetChoice): URLSearchParams {
  const params = new URLSearchParams({ widget: choice.kind })
  for (const [name, value] of filterAttributes(choice)) params.set(name, value)
  if (choice.view !== widgetViews[choice.kind][0]) params.set('view', choice.view)
  if (choice.height !== defaultHeight) params.set('height', choice.height)
  return params
}

/** A length a partner may give as `height`: `480px`, `30em`, `60vh`. */
export function isCssLength(value: string): boolean {
  return /^\d{1,4}(\.\d{1,2})?(px|em|rem|vh)$/.test(value)
}

/** The widget's filter attributes, non-empty ones only; a repeated parameter becomes one comma-separated list. */
export function filterAttributes(choice: Pick<WidgetChoice, 'kind' | 'filters'>): [string, string][] {
  return filterNames[choice.kind].flatMap((name) => {
    const value = choice.filters.getAll(name).flatMap((part) => part.split(',')).map((part) => part.trim()).filter(Boolean).join(',')
    // A yes/no filter is written only when it asks for something.
    const flag = name === 'step_free' || name === 'free'
    return !value || (flag && value !== 'true') ? [] : [[name, value] as [string, string]]
  })
}

/** Every attribute of the element: filters, then the view when not the default, then the height. */
export function widgetAttributes(choice: WidgetChoice): [string, string][] {
  return [
    ...filterAttributes(choice),
    ...(choice.view !== widgetViews[choice.kind][0] ? [['view', choice.view] as [string, string]] : []),
    ['height', choice.height],
  ]
}

const attributeText = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The script tag and the element, for a site that can add a script. */
export function scriptSnippet(origin: string, choice: WidgetChoice): string {
  const tag = widgetTags[choice.kind]
  const attributes = widgetAttributes(choice).map(([name, value]) => ` ${name}="${attributeText(value)}"`).join('')
  return `<script type="module" src="${origin}/embed.js"></script>\n<${tag}${attributes}></${tag}>`
}

/** The iframe, for a site that takes only iframes: the same filters and view in the query string. */
export function iframeSnippet(origin: string, choice: WidgetChoice, title: string): string {
  const query = new URLSearchParams(filterAttributes(choice))
  if (choice.view !== widgetViews[choice.kind][0]) query.set('view', choice.view)
  const search = query.toString()
  const src = `${origin}/embed/${choice.kind}${search ? `?${search}` : ''}`
  return `<iframe src="${attributeText(src)}" title="${attributeText(title)}" style="width: 100%; height: ${choice.height}; border: 0" loading="lazy"></iframe>`
}

/** The share page's address for a widget showing what a page shows now (its filters, as in its own address). */
export function sharePath(kind: WidgetKind, filters: URLSearchParams): string {
  return `${pagePaths.share}?${searchFromChoice({ kind, filters, view: widgetViews[kind][0]!, height: defaultHeight })}`
}
