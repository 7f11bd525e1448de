/**
 * What a new password must be (OWASP ASVS 2.1.1 and 2.1.7): at least 12
 * characters, not one of the passwords attackers try first, and not one
 * character repeated. The list is the 49,000 most common passwords of
 * @zxcvbn-ts/language-common, shipped in the package (offline), read once
 * on first use. Applies to every password set: by a reset or invitation
 * link, and ADMIN_PASSWORD at start.
 */
import { dictionary } from '@zxcvbn-ts/language-common'

export const PASSWORD_MIN_LENGTH = 12
/** Fewer distinct characters than this is a pattern, not a secret (`aaaaaaaaaaaa`, `abababababab`). */
const MIN_DISTINCT = 5

let common: ReadonlySet<string> | undefined

/** Why the password is refused, or undefined when it may be used. */
export function passwordWeakness(password: string): string | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `must have at least ${PASSWORD_MIN_LENGTH} characters`
  if (new Set(password.trim().toLowerCase()).size < MIN_DISTINCT) return `must use at least ${MIN_DISTINCT} different characters`
  common ??= new Set(dictionary['passwords-common'])
  if (common.has(password.toLowerCase()) || common.has(password.trim().toLowerCase())) return 'is one of the most common passwords'
  return undefined
}
