/**
 * Rules of the loans: who may ask for a slot, who may decide, which status
 * may follow which. The overlap of approved loans is the database's to
 * refuse (see repository.ts); a request is checked against approved loans in
 * the same transaction that stores it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Account } from '../accounts/repository.js'
import { hashToken } from '../accounts/sessions.js'
import { actsFor, isMemberOf } from '../accounts/acting-for.js'
import { parisTime } from '../shared/paris-time.js'
import { Conflict, Forbidden, Invalid, NotFound, Unauthorized, type FieldError } from '../shared/errors.js'
import { checkSlot } from './loan-times.js'
import type { LoanNotifications } from './notifications.js'
import type { LoanRecord, LoanRepository, LoanStatus } from './repository.js'
import { pageOf } from '../shared/list-pages.js'
import type { CancelBody, LoanKey, LoanRequestBody } from './schemas.js'
import { routePaths } from '../../web/page-paths.js'

export type LoanAction = 'approve' | 'decline' | 'cancel'

/** What each action needs the loan to be in, and what it makes of it. */
const TRANSITIONS: Record<LoanAction, { from: LoanStatus[]; to: 'approved' | 'declined' | 'cancelled' }> = {
  approve: { from: ['requested'], to: 'approved' },
  decline: { from: ['requested'], to: 'declined' },
  cancel: { from: ['requested', 'approved'], to: 'cancelled' },
}

/** A loan as answered: the requester's name and e-mail go to the host side only. */
export function loanView(loan: LoanRecord, audience: 'host' | 'requester') {
  return {
    id: loan.id,
    room_id: loan.room_id,
    room_name: loan.room_name,
    host_id: loan.host_id,
    host_name: loan.host_name,
    start: parisTime(loan.start),
    end: parisTime(loan.end),
    purpose: loan.purpose,
    people: loan.people,
    ...(audience === 'host' ? { requester_name: loan.requester_name, requester_email: loan.requester_email } : {}),
    requester_organisation_id: loan.requester_organisation_id,
    requester_organisation_name: loan.requester_organisation_name,
    status: loan.status,
    created_at: parisTime(loan.created_at),
    decided_at: loan.decided_at && parisTime(loan.decided_at),
    decided_by: loan.decided_by,
    decision_message: loan.decision_message,
  }
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

function refuse(errors: FieldError[]): never {
  throw new Invalid(errors.map((error) => `${error.field}: ${error.detail}`).join('; '), errors)
}

export function createLoanService({ loans, clock, notifications }: {
  loans: LoanRepository
  clock: () => Date
  notifications: LoanNotifications
}) {
  /** Who asks: a signed-in account (maybe for one of its organisations), or a person with name and e-mail. */
  async function requesterOf(actor: Account | null, body: LoanRequestBody, errors: FieldError[]) {
    const organisationId = body.requester_organisation_id ?? null
    if (actor === null) {
      if (organisationId !== null) throw new Unauthorized('Sign in to ask in the name of an organisation.')
      if (body.requester_name === undefined) errors.push({ in: 'body', field: 'requester_name', detail: 'is required without an account' })
      if (body.requester_email === undefined) errors.push({ in: 'body', field: 'requester_email', detail: 'is required without an account' })
      return { name: body.requester_name ?? '', email: body.requester_email ?? null, organisationId, accountId: null }
    }
    let organisationName: string | undefined
    if (organisationId !== null) {
      if (!actsFor(actor, organisationId)) throw new Forbidden('You may ask only in the name of an organisation you are a member of.')
      organisationName = await loans.organisationName(organisationId)
      if (organisationName === undefined) errors.push({ in: 'body', field: 'requester_organisation_id', detail: 'is not a published organisation' })
    }
    return {
      name: body.requester_name ?? organisationName ?? actor.display_name,
      email: body.requester_email ?? actor.email,
      organisationId,
      accountId: actor.id,
    }
  }

  async function found(id: string): Promise<LoanRecord> {
    const loan = await loans.find(id)
    if (!loan) throw new NotFound('No such loan.')
    return loan
  }

  return {
    /** Asks for a slot of a published room; answers the loan, and a cancel link to a requester without account. */
    async request(actor: Account | null, roomId: string, body: LoanRequestBody, baseUrl: string) {
      const errors: FieldError[] = []
      const slot = checkSlot(body.start, body.end, clock())
      if (Array.isArray(slot)) errors.push(...slot)
      const who = await requesterOf(actor, body, errors)
      const token = actor === null ? randomBytes(32).toString('base64url') : undefined
      const id = await loans.inTransaction(async (statements) => {
        const room = await statements.lockRoom(roomId)
        if (!room || !room.published) throw new NotFound('No such room.')
        if (body.people > room.capacity) {
          errors.push({ in: 'body', field: 'people', detail: `is more than the room holds (${room.capacity} people)` })
        }
        if (errors.length > 0 || Array.isArray(slot)) refuse(errors)
        if (await statements.approvedOverlaps(room.id, slot.start, slot.end)) {
          throw new Conflict('The room is already lent for part of that time (an approved loan overlaps).')
        }
        return statements.insert({
          roomId: room.id, start: slot.start, end: slot.end, purpose: body.purpose, people: body.people,
          requesterName: who.name, requesterEmail: who.email, requesterOrganisationId: who.organisationId,
          requesterAccountId: who.accountId, cancelTokenHash: token === undefined ? null : hashToken(token),
        })
      })
      const loan = await found(id)
      const cancelUrl = token === undefined ? undefined : `${baseUrl}${routePaths.loanCancel(id)}?token=${token}`
      notifications.requested(loan, baseUrl, cancelUrl)
      return { ...loanView(loan, 'requester'), ...(cancelUrl === undefined ? {} : { cancel_url: cancelUrl }) }
    },

    /** Approves, declines or cancels a loan; answers it as the one who acted sees it. */
    async decide(actor: Account | null, id: string, action: LoanAction, body: CancelBody, baseUrl: string) {
      const loan = await found(id)
      const hostSide = actsFor(actor, loan.host_id)
      const requesterSide = actor !== null && (loan.requester_account_id === actor.id || isMemberOf(actor, loan.requester_organisation_id))
      const tokenHolder = body.token !== undefined && loan.cancel_token_hash !== null && sameHash(hashToken(body.token), loan.cancel_token_hash)
      const allowed = hostSide || (action === 'cancel' && (requesterSide || tokenHolder))
      if (!allowed) {
        if (body.token !== undefined) throw new Forbidden('This cancel link is not valid for this loan.')
        if (actor === null) throw new Unauthorized()
        throw new Forbidden(action === 'cancel'
          ? 'Only the host organisation or the requester may cancel this loan.'
          : 'Only a member of the host organisation may answer this request.')
      }
      const { from, to } = TRANSITIONS[action]
      if (!from.includes(loan.status)) throw new Conflict(`The loan is ${loan.status}; it cannot be ${to} now.`)
      const result = await loans.decide(loan.id, {
        from: loan.status, to, at: clock(),
        by: hostSide || requesterSide ? actor!.id : null,
        message: body.message?.trim() || null,
      })
      if (result === 'overlap') throw new Conflict('Another approved loan overlaps this one.')
      if (result === 'stale') throw new Conflict('The loan was answered meanwhile; reload it.')
      const decided = { ...(await found(loan.id)), status: to }
      if (hostSide) notifications.decided(decided)
      else notifications.withdrawn(decided, baseUrl)
      return loanView(decided, hostSide ? 'host' : 'requester')
    },

    /** A page of the loans of the account's organisations' rooms (host), or of those it or its organisations asked for. */
    async list(actor: Account | null, role: 'host' | 'requester', statuses: LoanStatus[] | undefined, limit: number, after?: LoanKey) {
      if (actor === null) throw new Unauthorized()
      const records = await loans.list({
        role, accountId: actor.id, organisationIds: actor.organisations.map((o) => o.id), statuses, limit: limit + 1,
        after: after && { start: new Date(after[0]), id: after[1] },
      })
      const page = pageOf(records, limit, (loan): LoanKey => [loan.start.getTime(), loan.id])
      return { items: page.items.map((loan) => loanView(loan, role)), next: page.next }
    },
  }
}

export type LoanService = ReturnType<typeof createLoanService>
