/**
 * Who may act for an organisation: its members, and moderators and admins,
 * who may do whatever a member of any organisation may (SPEC §4). Rooms and
 * their loans are managed through it.
 */
import type { Account } from '../accounts/repository.js'

/** Whether the account is a moderator or an admin. */
export const isModerator = (account: Account | null): boolean =>
  account !== null && (account.role === 'moderator' || account.role === 'admin')

/** Whether the account may act in the name of the organisation (an initiative id). */
export function actsFor(account: Account | null, organisationId: string): boolean {
  if (account === null) return false
  return isModerator(account) || account.organisations.some((organisation) => organisation.id === organisationId)
}
