/** What the scheduled tasks already did, so that a restart or a second app server does not do it again. */
import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { createdAt } from './types.js'

/**
 * One row per task and period (the moderators' digest of one Paris day):
 * the app server whose INSERT wins does the work, the others skip it.
 */
export const taskRuns = pgTable('task_runs', {
  task: text('task').notNull(),
  /** The period the run stands for, e.g. the day `2026-11-26`. */
  period: text('period').notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.task, t.period] })])
