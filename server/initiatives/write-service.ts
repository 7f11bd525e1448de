/**
 * The rules of the contributory map: anyone proposes a new initiative or a
 * change, which waits for a moderator; a moderator's own write applies at
 * once and is recorded as an approved revision. Anyone may report a problem.
 */
import { randomUUID } from 'node:crypto'
import { Conflict, Invalid, NotFound, type FieldError } from '../shared/errors.js'
import type { PendingAnswer, PossibleDuplicate } from '../shared/pending-schemas.js'
import { pointInFranceError } from '../shared/point-in-france.js'
import type { InitiativeFields, ProposalRepository } from './write-repository.js'
import type { ChangeBody, ProposalBody, ReportBody } from './write-schemas.js'

/** Who writes: an anonymous visitor (accountId null), a member, or a moderator. */
export interface Actor { accountId: string | null; email: string | null; moderator: boolean }

type PendingOutcome = { state: 'pending' } & PendingAnswer
export type WriteOutcome =
  | PendingOutcome
  /** Applied at once: the initiative as a Feature (JSON text). */
  | { state: 'applied'; id: string; feature: string }

export interface ProposalServiceDeps {
  proposals: ProposalRepository
  findDuplicates: (name: string, point: [number, number], excludeId?: string) => Promise<PossibleDuplicate[]>
  /** The initiative as Feature text, any status, as a moderator sees it. */
  findFeature: (id: string, asModerator: boolean) => Promise<string | undefined>
}

const FIELD_NAMES = ['name', 'description', 'categories', 'legal_form', 'address', 'commune', 'website', 'email', 'phone',
  'email_public', 'phone_public', 'geometry'] as const

export function createProposalService({ proposals, findDuplicates, findFeature }: ProposalServiceDeps) {
  /** Checks what the schema cannot: the point is in France, the categories and the commune exist. */
  async function checkReferences(fields: Partial<InitiativeFields>): Promise<void> {
    const errors: FieldError[] = []
    const pointError = fields.geometry && pointInFranceError(fields.geometry.coordinates, 'geometry.coordinates')
    if (pointError) errors.push(pointError)
    if (fields.categories) {
      const unknown = await proposals.unknownCategories(fields.categories)
      if (unknown.length > 0) errors.push({ in: 'body', field: 'properties.categories', detail: `unknown categories: ${unknown.join(', ')}` })
    }
    if (fields.commune && !(await proposals.communeExists(fields.commune))) {
      errors.push({ in: 'body', field: 'properties.commune', detail: `${fields.commune} is not the INSEE code of a commune` })
    }
    if (errors.length > 0) throw new Invalid(errors.map((e) => `${e.field}: ${e.detail}`).join('; '), errors)
  }

  async function moderatorFeature(id: string): Promise<string> {
    const feature = await findFeature(id, true)
    if (!feature) throw new NotFound()
    return feature
  }

  return {
    /**
     * A filled honeypot (a field people never see) marks a bot: it gets the
     * answer of a success, with an id that exists nowhere, so that it learns
     * nothing to adapt to; nothing is stored.
     */
    isSpam: (body: { properties?: { website_url?: string | undefined } | undefined }) => Boolean(body.properties?.website_url?.trim()),

    decoyAnswer: (): PendingOutcome => pending(randomUUID(), randomUUID(), []),

    async propose(body: ProposalBody, actor: Actor): Promise<WriteOutcome> {
      const p = body.properties
      const fields: InitiativeFields = {
        name: p.name, description: p.description ?? '', categories: p.categories, legal_form: p.legal_form,
        address: p.address ?? '', commune: p.commune, website: p.website ?? null, email: p.email ?? null, phone: p.phone ?? null,
        email_public: p.email_public ?? false, phone_public: p.phone_public ?? false,
        geometry: { type: 'Point', coordinates: body.geometry.coordinates as [number, number] },
      }
      await checkReferences(fields)
      const duplicates = await findDuplicates(fields.name, fields.geometry.coordinates)
      const revision = {
        proposerAccountId: actor.accountId,
        proposerEmail: p.proposer_email ?? actor.email,
        reviewerId: actor.moderator ? actor.accountId : null,
        possibleDuplicates: duplicates,
      }
      const { id, revisionId } = await proposals.create(fields, actor.moderator ? 'published' : 'pending', revision)
      if (actor.moderator) return { state: 'applied', id, feature: await moderatorFeature(id) }
      return pending(id, revisionId, duplicates)
    },

    async change(id: string, body: ChangeBody, actor: Actor): Promise<WriteOutcome> {
      const current = await proposals.current(id)
      if (!current || (current.status !== 'published' && !actor.moderator)) throw new NotFound()
      const { proposer_email: proposerEmail, website_url: _honeypot, ...properties } = body.properties ?? {}
      const proposed: Partial<InitiativeFields> = { ...properties }
      if (body.geometry) proposed.geometry = { type: 'Point', coordinates: body.geometry.coordinates as [number, number] }
      // Only what differs from the published version is a change.
      const changes = Object.fromEntries(FIELD_NAMES
        .filter((key) => proposed[key] !== undefined && JSON.stringify(proposed[key]) !== JSON.stringify(current.fields[key]))
        .map((key) => [key, proposed[key]])) as Partial<InitiativeFields>
      if (Object.keys(changes).length === 0) {
        throw new Invalid('Nothing to change: every proposed field equals the published one.', [
          { in: 'body', field: 'properties', detail: 'proposes no change' }])
      }
      await checkReferences(changes)
      const after = { ...current.fields, ...changes }
      const duplicates = changes.name || changes.geometry ? await findDuplicates(after.name, after.geometry.coordinates, id) : []
      const record = {
        kind: 'update' as const, before: current.fields, after,
        proposerAccountId: actor.accountId, proposerEmail: proposerEmail ?? actor.email,
        reviewerId: actor.moderator ? actor.accountId : null, possibleDuplicates: duplicates,
      }
      const revisionId = await proposals.revise(id, record, changes)
      if (actor.moderator) return { state: 'applied', id, feature: await moderatorFeature(id) }
      return pending(id, revisionId, [])
    },

    async report(id: string, body: ReportBody, actor: Actor): Promise<{ id: string; status: 'pending' }> {
      const current = await proposals.current(id)
      if (!current || current.status !== 'published') throw new NotFound()
      const comment = body.comment?.trim() ?? ''
      if (body.reason === 'other' && comment === '') {
        throw new Invalid('comment: is required when the reason is "other"', [
          { in: 'body', field: 'comment', detail: 'is required when the reason is "other"' }])
      }
      const reportId = await proposals.report(id, { reason: body.reason, comment, accountId: actor.accountId, email: body.email ?? actor.email })
      return { id: reportId, status: 'pending' }
    },

    /** Off the map, kept with its history; the archiving is itself a revision. */
    async archive(id: string, moderatorId: string): Promise<string> {
      const current = await proposals.current(id)
      if (!current) throw new NotFound()
      if (current.status !== 'published') throw new Conflict(`Only a published initiative can be archived; this one is ${current.status}.`)
      await proposals.revise(id, {
        kind: 'update', before: { status: current.status }, after: { status: 'archived' },
        proposerAccountId: moderatorId, proposerEmail: null, reviewerId: moderatorId, possibleDuplicates: [],
      }, { status: 'archived' })
      return moderatorFeature(id)
    },
  }
}

export type ProposalService = ReturnType<typeof createProposalService>

/** A write left for review, as every pending write answers (shared/pending-schemas.ts). */
function pending(id: string, revisionId: string, duplicates: PossibleDuplicate[]): PendingOutcome {
  return { state: 'pending', id, status: 'pending', revision_id: revisionId, possible_duplicates: duplicates, notices: [] }
}
