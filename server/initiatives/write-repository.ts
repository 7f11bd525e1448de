/**
 * Writing initiatives: proposals, changes, reports, status changes, and the
 * revisions that record them. Writes that belong together take a
 * transaction (`tx`) so that an initiative never exists without its first
 * revision, nor changes without the revision saying so.
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Database, Db } from '../../db/client.js'
import { textArray } from '../shared/sql.js'
import type { PossibleDuplicate } from '../shared/pending-schemas.js'

/** An initiative's fields as proposed and kept in revisions: the public field names, and the point. */
export interface InitiativeFields {
  name: string
  description: string
  categories: string[]
  legal_form: string
  address: string
  commune: string | null
  website: string | null
  email: string | null
  phone: string | null
  email_public: boolean
  phone_public: boolean
  geometry: { type: 'Point'; coordinates: [number, number] }
}

export type InitiativeStatus = 'pending' | 'published' | 'rejected' | 'archived'

export interface RevisionRecord {
  kind: 'create' | 'update'
  before: unknown
  after: unknown
  proposerAccountId: string | null
  proposerEmail: string | null
  /** Approved at once (a moderator's own write), or pending review. */
  reviewerId: string | null
  possibleDuplicates: PossibleDuplicate[]
}

/** The fields of the initiatives row `i`, as jsonb in the shape of `InitiativeFields`. */
export const initiativeFieldsJson = (i = 'i') => sql.raw(`jsonb_build_object(
  'name', ${i}.name, 'description', ${i}.description, 'categories', to_jsonb(${i}.categories),
  'legal_form', ${i}.legal_form, 'address', ${i}.address, 'commune', ${i}.commune,
  'website', ${i}.website, 'email', ${i}.email, 'phone', ${i}.phone,
  'email_public', ${i}.email_public, 'phone_public', ${i}.phone_public,
  'geometry', ST_AsGeoJSON(${i}.location, 7)::jsonb)`)

const pointSql = ([lon, lat]: [number, number]) => sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)`

/** SET assignments for the given fields; the territories follow the commune. */
function assignments(fields: Partial<InitiativeFields>): SQL[] {
  const set: SQL[] = []
  const column = (name: string, value: SQL) => set.push(sql`${sql.raw(name)} = ${value}`)
  for (const key of ['name', 'description', 'legal_form', 'address', 'website', 'email', 'phone'] as const) {
    if (fields[key] !== undefined) column(key, sql`${fields[key]}`)
  }
  for (const key of ['email_public', 'phone_public'] as const) {
    if (fields[key] !== undefined) column(key, sql`${fields[key]}::boolean`)
  }
  if (fields.categories !== undefined) column('categories', textArray(fields.categories))
  if (fields.geometry !== undefined) column('location', pointSql(fields.geometry.coordinates))
  if (fields.commune !== undefined) {
    column('commune', sql`${fields.commune}`)
    column('territories', sql`archipel_territories_of(${fields.commune})`)
  }
  return set
}

export function createProposalRepository({ db, query }: Database) {
  const insertRevision = async (tx: Db, initiativeId: string, record: RevisionRecord): Promise<string> => {
    const [row] = await query<{ id: string }>(sql`
      INSERT INTO revisions (initiative_id, kind, before, after, proposer_account_id, proposer_email,
                             status, possible_duplicates, reviewer_id, decided_at)
      VALUES (${initiativeId}, ${record.kind}, ${record.before === null ? null : JSON.stringify(record.before)}::jsonb,
              ${JSON.stringify(record.after)}::jsonb, ${record.proposerAccountId}, ${record.proposerEmail},
              ${record.reviewerId ? 'approved' : 'pending'}, ${JSON.stringify(record.possibleDuplicates)}::jsonb,
              ${record.reviewerId}, ${record.reviewerId ? sql`now()` : null})
      RETURNING id::text AS id`, tx)
    return row!.id
  }

  return {
    /** The given slugs that are not in the taxonomy. */
    async unknownCategories(slugs: string[]): Promise<string[]> {
      const rows = await query<{ slug: string }>(sql`
        SELECT s AS slug FROM unnest(${textArray(slugs)}) s WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.slug = s)`)
      return rows.map((r) => r.slug)
    },

    async communeExists(code: string): Promise<boolean> {
      const rows = await query(sql`SELECT 1 FROM territories WHERE id = ${`commune:${code}`}`)
      return rows.length > 0
    },

    async current(id: string): Promise<{ status: InitiativeStatus; fields: InitiativeFields } | undefined> {
      const [row] = await query<{ status: InitiativeStatus; fields: InitiativeFields }>(sql`
        SELECT status, ${initiativeFieldsJson()} AS fields FROM initiatives i WHERE id = ${id}`)
      return row
    },

    /** A new initiative and its first revision, in one transaction. */
    create(fields: InitiativeFields, status: 'pending' | 'published', revision: Omit<RevisionRecord, 'kind' | 'before' | 'after'>) {
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        const [row] = await query<{ id: string }>(sql`
          INSERT INTO initiatives (name, description, categories, legal_form, location, address, commune, territories,
                                   website, email, phone, email_public, phone_public, status, source)
          VALUES (${fields.name}, ${fields.description}, ${textArray(fields.categories)}, ${fields.legal_form},
                  ${pointSql(fields.geometry.coordinates)}, ${fields.address}, ${fields.commune},
                  archipel_territories_of(${fields.commune}), ${fields.website}, ${fields.email}, ${fields.phone},
                  ${fields.email_public}::boolean, ${fields.phone_public}::boolean, ${status}, 'contribution')
          RETURNING id::text AS id`, tx)
        const id = row!.id
        const revisionId = await insertRevision(tx, id, { ...revision, kind: 'create', before: null, after: fields })
        return { id, revisionId }
      })
    },

    /** Records a revision; when it is approved at once, applies `changes` (and `status`) in the same transaction. */
    revise(id: string, record: RevisionRecord, changes: Partial<InitiativeFields> & { status?: InitiativeStatus } = {}) {
      return db.transaction(async (transaction) => {
        const tx = transaction as unknown as Db
        if (record.reviewerId) await applyChanges(query, tx, id, changes)
        return insertRevision(tx, id, record)
      })
    },

    async report(initiativeId: string, report: { reason: string; comment: string; accountId: string | null; email: string | null }): Promise<string> {
      const [row] = await query<{ id: string }>(sql`
        INSERT INTO reports (initiative_id, reason, comment, reporter_account_id, reporter_email)
        VALUES (${initiativeId}, ${report.reason}, ${report.comment}, ${report.accountId}, ${report.email})
        RETURNING id::text AS id`)
      return row!.id
    },
  }
}

/** Writes fields and/or a status onto an initiative (updated_at follows); `on` is the transaction. */
export async function applyChanges(
  query: Database['query'], on: Db, id: string, changes: Partial<InitiativeFields> & { status?: InitiativeStatus },
): Promise<void> {
  const set = assignments(changes)
  if (changes.status !== undefined) set.push(sql`status = ${changes.status}`)
  if (set.length === 0) return
  await query(sql`UPDATE initiatives SET ${sql.join(set, sql`, `)}, updated_at = now() WHERE id = ${id}`, on)
}

export type ProposalRepository = ReturnType<typeof createProposalRepository>
