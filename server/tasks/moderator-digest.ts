/**
 * Task: once a day, from 8:00 Paris time, e-mail each moderator and admin
 * what waits for a decision (counts and the oldest items). Nothing is sent
 * when nothing waits or when e-mail is off. The day is claimed with a row
 * in `task_runs` before sending, so a restart or a second app server does
 * not send it again.
 */
import type { Mailer } from '../mail/mailer.js'
import type { TaskRepository, Waiting, WaitingKind } from './repository.js'
import { pagePaths } from '../../web/page-paths.js'

export const DIGEST_TASK = 'moderator-digest'
/** Paris hour from which the day's digest goes out. */
export const DIGEST_HOUR = 8
/** Oldest items listed per kind. */
const SHOWN = 5

export type DigestResult =
  | { status: 'mail-off' | 'too-early' | 'nothing-waiting' | 'already-sent' }
  | { status: 'sent'; day: string; recipients: number }

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23',
})
const parisDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' })

/** The Paris day (`2026-11-26`) and hour of a moment, whatever the server's zone. */
export function parisDay(now: Date): { day: string; hour: number } {
  const part = (type: string) => parisParts.formatToParts(now).find((p) => p.type === type)?.value ?? ''
  return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) }
}

const HEADINGS: Record<WaitingKind, { fr: string; en: string }> = {
  revisions: { fr: 'Initiatives proposées ou corrigées', en: 'Proposed or corrected initiatives' },
  reports: { fr: 'Signalements', en: 'Reports' },
  events: { fr: 'Événements proposés', en: 'Proposed events' },
}

export function digestText(waiting: Waiting[], siteName: string, moderationUrl: string): string {
  const lines = [`Bonjour,`, '', `Voici ce qui attend une décision sur ${siteName} :`, '']
  for (const { kind, total, oldest } of waiting) {
    lines.push(`${HEADINGS[kind].fr} / ${HEADINGS[kind].en} : ${total}`)
    for (const item of oldest) {
      // One line per item, whatever line breaks the proposer typed.
      lines.push(`  - ${item.label.replace(/\s+/g, ' ').trim()} (${parisDate.format(new Date(item.created_at))})`)
    }
    if (total > oldest.length) lines.push(`  … et ${total - oldest.length} de plus / and ${total - oldest.length} more`)
    lines.push('')
  }
  lines.push(`File de modération / Moderation queue : ${moderationUrl}`)
  return lines.join('\n')
}

export async function sendModeratorDigest(
  { tasks, mailer, siteName, baseUrl }: { tasks: TaskRepository; mailer: Mailer; siteName: string; baseUrl: string },
  now: Date,
): Promise<DigestResult> {
  if (!mailer.enabled) return { status: 'mail-off' }
  const { day, hour } = parisDay(now)
  if (hour < DIGEST_HOUR) return { status: 'too-early' }
  const waiting: Waiting[] = []
  for (const kind of ['revisions', 'reports', 'events'] as const) waiting.push(await tasks.waiting(kind, SHOWN))
  const total = waiting.reduce((sum, w) => sum + w.total, 0)
  if (total === 0) return { status: 'nothing-waiting' }
  if (!(await tasks.claim(DIGEST_TASK, day))) return { status: 'already-sent' }
  const recipients = await tasks.moderators()
  const text = digestText(waiting.filter((w) => w.total > 0), siteName, `${baseUrl}${pagePaths.moderation}`)
  for (const recipient of recipients) {
    await mailer.send({ to: recipient.email, subject: `${siteName} : ${total} en attente de modération / waiting for moderation`, text })
  }
  return { status: 'sent', day, recipients: recipients.length }
}
