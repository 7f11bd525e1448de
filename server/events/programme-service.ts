/**
 * Programmes, as moderators manage them: a slug that never changes (feeds
 * and pages are subscribed to by it), a title, a description and the dates
 * it spans. Knows neither HTTP nor SQL.
 */
import { DateTime } from 'luxon'
import { Conflict, Invalid, NotFound, type FieldError } from '../shared/errors.js'
import type { ProgrammeFields, ProgrammeRepository } from './programme-repository.js'
import type { EventReader } from './service.js'

/** The dates, or what is wrong with them (a calendar date, the end not before the start). */
function checkDates({ start_date, end_date }: Pick<ProgrammeFields, 'start_date' | 'end_date'>): FieldError[] {
  const errors: FieldError[] = []
  const valid = (value: string) => DateTime.fromISO(value, { zone: 'utc' }).isValid
  if (!valid(start_date)) errors.push({ in: 'body', field: 'start_date', detail: `${start_date} is not a date` })
  if (!valid(end_date)) errors.push({ in: 'body', field: 'end_date', detail: `${end_date} is not a date` })
  if (errors.length === 0 && end_date < start_date) errors.push({ in: 'body', field: 'end_date', detail: 'must not be before start_date' })
  return errors
}

function checked(fields: ProgrammeFields): ProgrammeFields {
  const errors = checkDates(fields)
  if (fields.title.trim() === '') errors.push({ in: 'body', field: 'title', detail: 'must not be blank' })
  if (errors.length > 0) throw new Invalid(errors.map((e) => `${e.field}: ${e.detail}`).join('; '), errors)
  return { ...fields, title: fields.title.trim() }
}

export function createProgrammeService({ programmes, reader }: { programmes: ProgrammeRepository; reader: EventReader }) {
  return {
    async create(slug: string, fields: ProgrammeFields) {
      if (!await programmes.insert(slug, checked(fields))) throw new Conflict(`A programme "${slug}" already exists.`)
      return reader.programme(slug)
    },

    async change(slug: string, change: Partial<ProgrammeFields>) {
      const stored = await programmes.find(slug)
      if (!stored) throw new NotFound(`No programme "${slug}".`)
      if (!await programmes.update(slug, checked({ ...stored, ...change }))) throw new NotFound(`No programme "${slug}".`)
      return reader.programme(slug)
    },
  }
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>
