/** Task: delete expired sessions, used or expired one-time links, and ended rate-limit windows. */
import type { TaskRepository } from './repository.js'

export async function cleanExpired(
  { tasks }: { tasks: TaskRepository },
  now: Date,
): Promise<{ sessions: number; account_tokens: number; rate_limits: number }> {
  return {
    sessions: await tasks.deleteExpiredSessions(now),
    account_tokens: await tasks.deleteSpentTokens(now),
    rate_limits: await tasks.deleteEndedRateWindows(now),
  }
}
