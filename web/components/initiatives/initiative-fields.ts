/**
 * The fields of the initiative form, pure: read from the form, taken from a
 * published initiative, and compared (a correction sends only what changed).
 */
import type { ChangeInput, InitiativeDetail, InitiativeFields } from '../../api/initiatives.js'

/** Empty optional text is left out of a proposal (the API refuses '' for a URL or an e-mail). */
export function readFields(form: HTMLFormElement, commune: string): InitiativeFields {
  const data = new FormData(form)
  const text = (name: string) => String(data.get(name) ?? '').trim()
  const optional = (name: 'website' | 'email' | 'phone' | 'proposer_email' | 'website_url') =>
    (text(name) ? { [name]: text(name) } : {})
  return {
    name: text('name'),
    // Line breaks are content: only the ends are trimmed.
    description: String(data.get('description') ?? '').replace(/^\s+|\s+$/g, ''),
    categories: data.getAll('categories').map(String),
    // One of the form's own options; the server checks it all the same.
    legal_form: text('legal_form') as InitiativeFields['legal_form'],
    address: text('address'),
    commune,
    ...optional('website'),
    ...optional('email'),
    ...optional('phone'),
    email_public: data.get('email_public') === 'on',
    phone_public: data.get('phone_public') === 'on',
    ...optional('proposer_email'),
    ...optional('website_url'),
  }
}

export function initiativeFieldsOf(initiative: InitiativeDetail): InitiativeFields {
  const p = initiative.properties
  return {
    name: p.name,
    description: p.description,
    categories: p.categories,
    legal_form: p.legal_form,
    address: p.address ?? '',
    commune: p.commune ?? '',
    ...(p.website ? { website: p.website } : {}),
    ...(p.email ? { email: p.email } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    email_public: Boolean(p.email),
    phone_public: Boolean(p.phone),
  }
}

const contactFields = ['website', 'email', 'phone'] as const
const plainFields = ['name', 'description', 'legal_form', 'address', 'commune', 'email_public', 'phone_public'] as const

/** What a correction changes; a contact emptied becomes null, the proposer's e-mail and the trap travel as typed. */
export function changedFields(before: InitiativeFields, after: InitiativeFields): NonNullable<ChangeInput['properties']> {
  const change: NonNullable<ChangeInput['properties']> = {}
  for (const field of plainFields) {
    if (after[field] !== before[field]) Object.assign(change, { [field]: after[field] })
  }
  if ([...after.categories].sort().join(',') !== [...before.categories].sort().join(',')) change.categories = after.categories
  for (const field of contactFields) {
    const value = after[field] ?? null
    if (value !== (before[field] ?? null)) change[field] = value
  }
  if (after.proposer_email) change.proposer_email = after.proposer_email
  if (after.website_url) change.website_url = after.website_url
  return change
}
