/**
 * Reading the contributory map: who may read what. The public reads
 * published initiatives only; a moderator reads any, with its private
 * contacts; the history shows approved revisions without personal data.
 * The routes speak HTTP, the repository SQL; the rules are here.
 */
import type { Account } from '../accounts/repository.js'
import { isModerator } from '../accounts/acting-for.js'
import { NotFound } from '../shared/errors.js'
import type { FeaturePage } from '../shared/feature-page.js'
import { pageOf, type Page } from '../shared/list-pages.js'
import { publicHistory } from './history.js'
import { checkKnown, type InitiativeFilter } from './list-filter.js'
import type { InitiativeRepository, ListPosition } from './repository.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function createInitiativeReader({ initiatives }: { initiatives: InitiativeRepository }) {
  return {
    /** A page of the published initiatives that match; a filter naming an unknown category or territory is refused. */
    async list(filter: InitiativeFilter, limit: number, after?: ListPosition): Promise<FeaturePage> {
      checkKnown(filter, await initiatives.knownNames(filter))
      return initiatives.listPublished(filter, limit, after)
    },

    /** An initiative as Feature text: published for anyone, any status for a moderator. */
    async feature(id: string, reader: Account | null | undefined): Promise<string> {
      const feature = UUID.test(id) ? await initiatives.findFeature(id, isModerator(reader)) : undefined
      if (feature === undefined) throw new NotFound('No such initiative.')
      return feature
    },

    /** Approved revisions of a published initiative, newest first, after the revision `after`. */
    async history(id: string, limit: number, after: string | undefined): Promise<Page<ReturnType<typeof publicHistory>[number], string>> {
      if (!UUID.test(id) || !(await initiatives.isPublished(id))) throw new NotFound('No such initiative.')
      const page = pageOf(await initiatives.history(id, limit + 1, after), limit, (row) => row.id)
      return { items: publicHistory(page.items), next: page.next }
    },
  }
}

export type InitiativeReader = ReturnType<typeof createInitiativeReader>
