import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMailer } from '../../server/mail/mailer.js'
import { cleanExpired } from '../../server/tasks/clean-expired.js'
import { erasePersonalData } from '../../server/tasks/erase-personal-data.js'
import { sendModeratorDigest } from '../../server/tasks/moderator-digest.js'
import { createTaskRepository, type TaskRepository } from '../../server/tasks/repository.js'
import { createTestAccount } from '../helpers/accounts.js'
import { testClock, testTime } from '../helpers/clock.js'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.js'

const silent = { warn: () => {}, error: () => {} }

describe('scheduled tasks', () => {
  let database: TestDatabase
  let tasks: TaskRepository
  let smtp: TestSmtpServer
  const t = () => ({ database })

  beforeAll(async () => {
    database = await createTestDatabase({ demo: true })
    tasks = createTaskRepository(database)
    smtp = await startSmtpServer()
  })
  afterAll(async () => {
    await database?.close()
    await smtp?.close()
  })

  describe('erasure of e-mails (12 months after the decision or the loan)', () => {
    // Decisions and the loan's end at this moment; rows found again by their e-mail.
    const decided = '2025-06-15T10:00:00Z'
    const emails = {
      revision: 'erase.revision@example.org', report: 'erase.report@example.org',
      event: 'erase.event@example.org', loan: 'erase.loan@example.org', pending: 'erase.pending@example.org',
    }

    beforeAll(async () => {
      await database.query(sql`UPDATE revisions SET proposer_email = ${emails.revision}, status = 'approved', decided_at = ${decided}
        WHERE id = (SELECT id FROM revisions WHERE status = 'pending' ORDER BY created_at LIMIT 1)`)
      await database.query(sql`INSERT INTO reports (initiative_id, reason, reporter_email, status, decided_at)
        SELECT id, 'closed', ${emails.report}, 'dismissed', ${decided} FROM initiatives WHERE status = 'published' LIMIT 1`)
      await database.query(sql`INSERT INTO reports (initiative_id, reason, reporter_email)
        SELECT id, 'closed', ${emails.pending} FROM initiatives WHERE status = 'published' LIMIT 1`)
      await database.query(sql`UPDATE events SET proposer_email = ${emails.event}, decided_at = ${decided}
        WHERE id = (SELECT id FROM events ORDER BY id LIMIT 1)`)
      await database.query(sql`UPDATE loans SET requester_email = ${emails.loan},
          start = ${decided}::timestamptz - interval '2 hours', "end" = ${decided}
        WHERE id = (SELECT id FROM loans WHERE status = 'declined' OR status = 'requested' ORDER BY id LIMIT 1)`)
    })

    const remaining = async () => {
      const rows = await database.query<{ email: string }>(sql`
        SELECT proposer_email AS email FROM revisions WHERE proposer_email LIKE 'erase.%'
        UNION ALL SELECT reporter_email FROM reports WHERE reporter_email LIKE 'erase.%'
        UNION ALL SELECT proposer_email FROM events WHERE proposer_email LIKE 'erase.%'
        UNION ALL SELECT requester_email FROM loans WHERE requester_email LIKE 'erase.%'`)
      return rows.map((row) => row.email).sort()
    }

    it('keeps every e-mail 11 months after the decision', async () => {
      await erasePersonalData({ tasks }, new Date('2026-05-15T10:00:00Z'))
      expect(await remaining()).toEqual(Object.values(emails).sort())
    })

    it('erases them 12 months and a day after, keeping the e-mail of an undecided report', async () => {
      const erased = await erasePersonalData({ tasks }, new Date('2026-06-16T10:00:00Z'))
      expect(await remaining()).toEqual([emails.pending])
      for (const key of ['revisions.proposer_email', 'reports.reporter_email', 'events.proposer_email', 'loans.requester_email']) {
        expect(erased[key]).toBeGreaterThanOrEqual(1)
      }
    })
  })

  describe('clean-up', () => {
    it('deletes expired sessions, used or expired links and ended rate-limit windows, and keeps live ones', async () => {
      const live = await createTestAccount(t(), { role: 'member' })
      // Expiries around the tests' clock, the time the task is run with (the database's own may differ).
      const at = (minutes: number) => new Date(testTime() + minutes * 60_000).toISOString()
      await database.query(sql`INSERT INTO sessions (token_hash, account_id, expires_at) VALUES
        ('expired-session', ${live.id}, ${at(-1)}::timestamptz)`)
      await database.query(sql`INSERT INTO account_tokens (token_hash, account_id, purpose, expires_at, used_at) VALUES
        ('expired-link', ${live.id}, 'password_reset', ${at(-1)}::timestamptz, NULL),
        ('used-link', ${live.id}, 'invitation', ${at(24 * 60)}::timestamptz, ${at(0)}::timestamptz),
        ('live-link', ${live.id}, 'invitation', ${at(24 * 60)}::timestamptz, NULL)`)
      await database.query(sql`INSERT INTO rate_limits (key, window_start, hits) VALUES
        ('old', ${at(-25 * 60)}::timestamptz, 3), ('current', ${at(0)}::timestamptz, 1)`)
      const result = await cleanExpired({ tasks }, testClock())
      expect(result).toMatchObject({ sessions: 1, account_tokens: 2, rate_limits: 1 })
      const tokens = await database.query<{ token_hash: string }>(sql`SELECT token_hash FROM account_tokens WHERE account_id = ${live.id}`)
      expect(tokens.map((row) => row.token_hash)).toEqual(['live-link'])
      const sessions = await database.query(sql`SELECT 1 FROM sessions WHERE account_id = ${live.id}`)
      expect(sessions).toHaveLength(1)
      const windows = await database.query<{ key: string }>(sql`SELECT key FROM rate_limits WHERE key IN ('old', 'current')`)
      expect(windows.map((row) => row.key)).toEqual(['current'])
    })
  })

  describe('daily digest for moderators', () => {
    const mailer = () => createMailer({ smtpUrl: smtp.url, siteName: 'Archipel', publicUrl: undefined, log: silent })
    const deps = () => ({ tasks, mailer: mailer(), siteName: 'Archipel', baseUrl: 'https://archipel.example' })

    it('e-mails each moderator and admin the counts and oldest items waiting, once a day', async () => {
      const moderator = await createTestAccount(t(), { role: 'moderator' })
      const admin = await createTestAccount(t(), { role: 'admin' })
      const member = await createTestAccount(t(), { role: 'member' })
      const morning = new Date('2027-03-01T08:30:00Z') // 9:30 in Paris
      const result = await sendModeratorDigest(deps(), morning)
      expect(result).toMatchObject({ status: 'sent', day: '2027-03-01' })
      const mail = await smtp.waitFor((m) => m.to.includes(moderator.email))
      await smtp.waitFor((m) => m.to.includes(admin.email))
      expect(mail.text).toMatch(/Initiatives proposées ou corrigées \/ Proposed or corrected initiatives : \d+/)
      expect(mail.text).toContain('https://archipel.example/moderation')
      expect(smtp.messages.some((m) => m.to.includes(member.email))).toBe(false)

      const sent = smtp.messages.length
      expect(await sendModeratorDigest(deps(), new Date('2027-03-01T15:00:00Z'))).toEqual({ status: 'already-sent' })
      expect(smtp.messages).toHaveLength(sent)
    })

    it('waits for 8:00 in Paris, whatever the server’s zone', async () => {
      expect(await sendModeratorDigest(deps(), new Date('2027-03-02T06:59:00Z'))).toEqual({ status: 'too-early' })
    })

    it('sends nothing when nothing waits', async () => {
      const empty = { ...tasks, waiting: async (kind: 'revisions' | 'reports' | 'events') => ({ kind, total: 0, oldest: [] }) }
      expect(await sendModeratorDigest({ ...deps(), tasks: empty }, new Date('2027-03-03T09:00:00Z'))).toEqual({ status: 'nothing-waiting' })
      const [claimed] = await database.query(sql`SELECT 1 FROM task_runs WHERE period = '2027-03-03'`)
      expect(claimed).toBeUndefined()
    })

    it('does nothing without SMTP', async () => {
      const off = createMailer({ smtpUrl: undefined, siteName: 'Archipel', publicUrl: undefined, log: silent })
      expect(await sendModeratorDigest({ ...deps(), mailer: off }, new Date('2027-03-04T09:00:00Z'))).toEqual({ status: 'mail-off' })
    })

    it('lets only one of two servers running it at once send the day’s digest', async () => {
      const now = new Date('2027-03-05T09:00:00Z')
      const results = await Promise.all([sendModeratorDigest(deps(), now), sendModeratorDigest(deps(), now)])
      expect(results.map((r) => r.status).sort()).toEqual(['already-sent', 'sent'])
    })
  })
})
