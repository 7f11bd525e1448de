/**
 * The public history of an initiative, pure: approved revisions with what
 * they changed, never the proposer's e-mail, nor a contact field that the
 * revision did not mark public.
 */
import type { HistoryRow } from './repository.js'

/** Fields that never appear in the public history. */
const NEVER_PUBLIC = ['proposer_email', 'proposer_account_id', 'reviewer_id']

function publicFields(fields: Record<string, unknown>): Record<string, unknown> {
  const source = (fields.properties && typeof fields.properties === 'object' ? fields.properties : fields) as Record<string, unknown>
  const kept = Object.fromEntries(Object.entries(fields).filter(([key]) => !NEVER_PUBLIC.includes(key)))
  if (source.email_public !== true) delete kept.email
  if (source.phone_public !== true) delete kept.phone
  if (kept.properties && typeof kept.properties === 'object') kept.properties = publicFields(kept.properties as Record<string, unknown>)
  return kept
}

export function publicHistory(rows: HistoryRow[]) {
  return rows.map(({ id, kind, created_at, decided_at, before, after, display_name }) => ({
    id,
    kind: kind as 'create' | 'update',
    created_at,
    decided_at,
    before: before === null ? null : publicFields(before),
    after: publicFields(after),
    proposer: { display_name },
  }))
}
