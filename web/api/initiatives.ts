/**
 * Typed client of the contributory map's API (SPEC §4): initiatives read with
 * filters, proposals, corrections and reports, the moderation queue, the
 * taxonomy, territory and address search, and the signed-in account.
 * Writes are same-origin requests carrying the session cookie.
 */
import { ApiError, type ApiClientOptions } from './client.js'
import { createExchange, createSender, type Answer } from './send.js'
import type { ChangeBody, ProposalBody, ReportBody } from '../../server/initiatives/write-schemas.js'
import type { PendingAnswer, PossibleDuplicate } from '../../server/shared/pending-schemas.js'
import type { QueueItem, QueueKind } from '../../server/moderation/schemas.js'
import type { GeocodedAddress } from '../../server/geocoder/schemas.js'
import type { Category, HistoryEntry, Initiative, InitiativeCollection, Territory } from './types.js'

export type { HistoryEntry, Territory }

/** The filters of the map, as they travel in the API and in the page's URL. */
export interface InitiativeFilters {
  q: string
  categories: string[]
  /** `type:code` ids, e.g. `departement:37`. */
  territories: string[]
  /** Legal forms (`scop`, `association`…); the widget takes them, the map page has no such filter. */
  legalForms?: string[]
}

/** Everything a published initiative shows (private contacts are null). */
export type InitiativeDetail = Initiative

/** What a proposal sends (POST /api/initiatives) and a correction (PATCH, partial). */
export type ProposalInput = ProposalBody
export type ChangeInput = ChangeBody
export type ReportInput = ReportBody
export type ReportReason = ReportBody['reason']

/** The fields of the form: a proposal's, all there but the optional contacts, the proposer's e-mail and the trap. */
type ProposalFields = ProposalBody['properties']
export type InitiativeFields = Required<Omit<ProposalFields, OptionalField>> & Pick<ProposalFields, OptionalField>
type OptionalField = 'website' | 'email' | 'phone' | 'proposer_email' | 'website_url'

/** A write's answer: 201/200 with the initiative (a moderator's), or 202 with the proposal left for review. */
export type InitiativeWritten = Answer<Initiative | PendingAnswer>

/** The proposal left for review, when the write was one (202, SPEC §4); undefined when it applied at once. */
export function pendingOf(answer: InitiativeWritten): PendingAnswer | undefined {
  return answer.status === 202 ? answer.body as PendingAnswer : undefined
}

/** The initiative as written, when the write applied at once (201, 200: a moderator's). */
export function publishedOf(answer: InitiativeWritten): Initiative | undefined {
  return answer.status === 202 ? undefined : answer.body as Initiative
}

export type { PendingAnswer, PossibleDuplicate, QueueItem as ModerationItem }
export type ModerationKind = QueueKind
export interface ModerationPage { items: QueueItem[]; next?: string | null }

export type { GeocodedAddress } from '../../server/geocoder/schemas.js'

export type { Account } from './types.js'

export interface InitiativeApi {
  search(filters: InitiativeFilters, bbox: [number, number, number, number] | undefined, signal?: AbortSignal): Promise<InitiativeCollection>
  initiative(id: string, signal?: AbortSignal): Promise<InitiativeDetail>
  history(id: string, signal?: AbortSignal): Promise<HistoryEntry[]>
  propose(input: ProposalInput): Promise<InitiativeWritten>
  suggestChange(id: string, input: ChangeInput): Promise<InitiativeWritten>
  report(id: string, input: ReportInput): Promise<unknown>
  territories(q: string, types: string[], signal?: AbortSignal): Promise<Territory[]>
  geocode(q: string, signal?: AbortSignal): Promise<GeocodedAddress[]>
  moderationQueue(cursor: string | undefined, signal?: AbortSignal): Promise<ModerationPage>
  decide(kind: ModerationKind, id: string, decision: 'approve' | 'reject', reason: string): Promise<unknown>
  categories(signal?: AbortSignal): Promise<Category[]>
  createCategory(category: Omit<Category, 'label_en'> & { label_en?: string }): Promise<Category>
  updateCategory(slug: string, change: Partial<Omit<Category, 'slug'>>): Promise<Category>
}

/** The largest page the API gives: a region's initiatives fit in one request. */
const pageLimit = 5000

/** Filters written in a query string (`?category=a,b&territory=departement:37&q=…`). */
export function filtersToParams(filters: InitiativeFilters, params = new URLSearchParams()): URLSearchParams {
  if (filters.q.trim()) params.set('q', filters.q.trim())
  if (filters.categories.length > 0) params.set('category', filters.categories.join(','))
  if (filters.territories.length > 0) params.set('territory', filters.territories.join(','))
  if (filters.legalForms?.length) params.set('legal_form', filters.legalForms.join(','))
  return params
}

export function filtersFromParams(params: URLSearchParams): InitiativeFilters {
  const list = (name: string) => params.getAll(name).flatMap((value) => value.split(',')).map((v) => v.trim()).filter(Boolean)
  return { q: params.get('q') ?? '', categories: list('category'), territories: list('territory') }
}

export function createInitiativeApi(options: ApiClientOptions = {}): InitiativeApi {
  const send = createSender(options)
  const exchange = createExchange(options)

  const initiative = (id: string) => `/api/initiatives/${encodeURIComponent(id)}`
  const items = <T>(body: { items: T[] }) => body.items

  return {
    search(filters, bbox, signal) {
      const params = filtersToParams(filters)
      if (bbox) params.set('bbox', bbox.map((value) => String(Math.round(value * 1e6) / 1e6)).join(','))
      params.set('limit', String(pageLimit))
      return send('GET', `/api/initiatives?${params}`, undefined, signal)
    },
    initiative: (id, signal) => send('GET', initiative(id), undefined, signal),
    history: async (id, signal) => items(await send<{ items: HistoryEntry[] }>('GET', `${initiative(id)}/history`, undefined, signal)),
    propose: (input) => exchange('POST', '/api/initiatives', input),
    suggestChange: (id, input) => exchange('PATCH', initiative(id), input),
    report: (id, input) => send('POST', `${initiative(id)}/reports`, input),
    async territories(q, types, signal) {
      const params = new URLSearchParams({ q, limit: '8' })
      for (const type of types) params.append('type', type)
      return items(await send<{ items: Territory[] }>('GET', `/api/territories?${params}`, undefined, signal))
    },
    async geocode(q, signal) {
      const body = await send<{ results: GeocodedAddress[] }>('GET', `/api/geocode?${new URLSearchParams({ q })}`, undefined, signal)
      return body.results
    },
    async moderationQueue(cursor, signal) {
      const params = new URLSearchParams()
      if (cursor) params.set('cursor', cursor)
      const body = await send<{ items: ModerationPage['items']; links: { rel: string; href: string }[] }>(
        'GET', `/api/moderation/queue${cursor ? `?${params}` : ''}`, undefined, signal)
      return { items: body.items, next: nextCursor(body.links) }
    },
    decide: (kind, id, decision, reason) =>
      send('POST', `/api/moderation/${kind}/${encodeURIComponent(id)}/${decision}`, reason.trim() ? { reason: reason.trim() } : {}),
    categories: async (signal) => items(await send<{ items: Category[] }>('GET', '/api/categories', undefined, signal)),
    createCategory: (category) => send('POST', '/api/categories', category),
    updateCategory: (slug, change) => send('PATCH', `/api/categories/${encodeURIComponent(slug)}`, change),
  }
}

/** The cursor of a list's `next` link; null on its last page. */
function nextCursor(links: { rel: string; href: string }[]): string | null {
  const link = links.find((candidate) => candidate.rel === 'next')
  return link ? new URL(link.href, 'http://x').searchParams.get('cursor') : null
}

/** Field errors of a refused write, by field name (`properties.name` → `name`). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const result: Record<string, string> = {}
  for (const entry of error.problem?.errors ?? []) {
    // `properties.categories.0` is about `categories`, `geometry.coordinates` about the point.
    const field = entry.field.split('.').find((part) => part && !/^\d+$/.test(part) && part !== 'properties')
    if (field) result[field] = entry.detail
  }
  return result
}
