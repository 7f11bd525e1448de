/**
 * Who may act for an organisation, decided in one place: its members, and
 * moderators and admins, who may do whatever a member of any organisation
 * may (SPEC §4). Rooms, loans, events and initiatives ask here.
 */
import type { Account } from './repository.js'

/** Whether the account is a moderator or an admin. */
export const isModerator = (account: Account | null | undefined): boolean =>
  account != null && (account.role === 'moderator' || account.role === 'admin')

/** Whether the account belongs to the organisation (an initiative id) — as a member, whatever its role. */
export const isMemberOf = (account: Account | null | undefined, organisationId: string | null): boolean =>
  account != null && organisationId !== null && account.organisations.some((organisation) => organisation.id === organisationId)

/** Whether the account may act in the name of the organisation: a member of it, or a moderator. */
export const actsFor = (account: Account | null | undefined, organisationId: string | null): boolean =>
  isModerator(account) || isMemberOf(account, organisationId)
