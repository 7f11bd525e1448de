/**
 * Account rules: admins create accounts (which e-mails an invitation),
 * change roles and organisations, disable accounts — never their own
 * admin rights, so the instance always keeps the admin who acts. Anyone
 * may ask for a password-reset link; a link sets a password once.
 */
import type { Mailer } from '../mail/mailer.js'
import { Conflict, Invalid, NotFound, invalidField } from '../shared/errors.js'
import type { AccountAdminRepository, AccountChanges, AdminAccount } from './admin-repository.js'
import { invitationMail, passwordResetMail } from './emails.js'
import { passwordWeakness } from './password-policy.js'
import { hashPassword } from './passwords.js'
import type { Account, Role } from './repository.js'
import { hashToken, newToken, passwordSetLink } from './tokens.js'

export interface NewAccount { email: string; display_name: string; role: Role; organisations: string[] }

export function createAccountService({ accounts, mailer, siteName, clock }: {
  accounts: AccountAdminRepository
  mailer: Mailer
  siteName: string
  clock: () => Date
}) {
  /** Each id must be a published initiative; errors name its place in the body. */
  async function checkOrganisations(ids: string[]): Promise<void> {
    const unknown = await accounts.unknownOrganisations(ids)
    if (unknown.length === 0) return
    throw new Invalid(`Not a published initiative: ${unknown.join(', ')}.`, unknown.map((id) => ({
      in: 'body' as const, field: `organisations.${ids.indexOf(id)}`, detail: `${id} is not a published initiative`,
    })))
  }

  return {
    list: (limit: number, after: [string, string] | undefined) => accounts.list(limit, after),

    /** Creates the account and e-mails its invitation to `baseUrl`'s set-password page. */
    async create(input: NewAccount, baseUrl: string): Promise<AdminAccount> {
      await checkOrganisations(input.organisations)
      const organisations = [...new Set(input.organisations)]
      const invitation = newToken('invitation', clock())
      const account = await accounts.create({ ...input, email: input.email.trim(), organisations }, invitation)
      if (!account) throw new Conflict(`An account already uses ${input.email}.`)
      await mailer.send(invitationMail(account, siteName, passwordSetLink(baseUrl, invitation.token)))
      return account
    },

    async update(actor: Account, id: string, changes: AccountChanges & { organisations?: string[] | undefined }): Promise<AdminAccount> {
      if (actor.id === id && (changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin'))) {
        throw new Conflict('An admin cannot disable or demote their own account; another admin can.')
      }
      if (changes.organisations) await checkOrganisations(changes.organisations)
      const organisations = changes.organisations && [...new Set(changes.organisations)]
      const account = await accounts.update(id, changes, organisations, clock())
      if (!account) throw new NotFound('No such account.')
      return account
    },

    /**
     * E-mails a reset link if an enabled account has this address. The
     * e-mail is not awaited, so the answer takes the same time either way
     * and says nothing about which addresses have accounts.
     */
    async requestPasswordReset(email: string, baseUrl: string): Promise<void> {
      const account = await accounts.findEnabledByEmail(email.trim())
      if (!account) return
      const reset = newToken('password_reset', clock())
      await accounts.createToken(account.id, 'password_reset', reset)
      void mailer.send(passwordResetMail(account, siteName, passwordSetLink(baseUrl, reset.token)))
    },

    /** Sets the password with an invitation or reset token; closes the account's sessions. */
    async setPassword(token: string, password: string): Promise<void> {
      const weakness = passwordWeakness(password)
      if (weakness !== undefined) throw invalidField('body', 'password', weakness)
      const refused = () => invalidField('body', 'token', 'this link is unknown, expired or already used')
      const tokenHash = hashToken(token)
      // Argon2 costs about 20 ms of a core: a guessed token must not buy one.
      if (!(await accounts.tokenUsable(tokenHash, clock()))) throw refused()
      const passwordHash = await hashPassword(password)
      // Still checked here: the token may have been used meanwhile.
      if (!(await accounts.consumeToken(tokenHash, passwordHash, clock()))) throw refused()
    },
  }
}

export type AccountService = ReturnType<typeof createAccountService>
