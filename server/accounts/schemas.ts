/** TypeBox schemas of accounts as the API shows and takes them. */
import { Type, type Static } from 'typebox'
import { PASSWORD_MIN_LENGTH } from './password-policy.js'
import { Name } from '../shared/text-schemas.js'

export const RoleSchema = Type.Union([Type.Literal('admin'), Type.Literal('moderator'), Type.Literal('member')])

export const Organisation = Type.Object({ id: Type.String(), name: Type.String() })

/** The signed-in account, as GET /api/auth/me answers it. */
export const SignedInAccount = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  display_name: Type.String(),
  role: RoleSchema,
  organisations: Type.Array(Organisation, { description: 'the organisations the account acts for' }),
})
export type SignedInAccount = Static<typeof SignedInAccount>

export const AdminAccountSchema = Type.Object({
  ...SignedInAccount.properties,
  disabled: Type.Boolean(),
  password_set: Type.Boolean({ description: 'False while the invitation waits to be accepted' }),
  created_at: Type.String({ format: 'date-time' }),
})

export const OrganisationIds = Type.Array(Type.String({ format: 'uuid' }), {
  maxItems: 100,
  description: 'Ids of published initiatives the account acts for',
})

export const DisplayName = Name({ minLength: 1, maxLength: 200 })

export const Email = Type.String({ format: 'email', maxLength: 254 })

/** As for ADMIN_PASSWORD (server/config.ts). */

export const NewPassword = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: 1000 })
