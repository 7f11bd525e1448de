/** Task: erase the e-mails of proposers, reporters and room requesters once their retention is over (RGPD). */
import { ERASE_AFTER_MONTHS, ERASED_EMAILS } from '../privacy/retention.js'
import type { TaskRepository } from './repository.js'

/** How many e-mails were erased, per `table.column`. */
export async function erasePersonalData({ tasks }: { tasks: TaskRepository }, now: Date): Promise<Record<string, number>> {
  const erased: Record<string, number> = {}
  for (const item of ERASED_EMAILS) {
    erased[`${item.table}.${item.column}`] = await tasks.eraseEmails(item, ERASE_AFTER_MONTHS, now)
  }
  return erased
}
