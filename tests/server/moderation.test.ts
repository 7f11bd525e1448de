import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccount, initiativeId, type TestAccount } from '../helpers/accounts.js'
import { buildTestApp, type TestApp } from '../helpers/app.js'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.js'

interface QueueItem {
  kind: string; id: string; target: { type: string; id: string }; created_at: string
  proposer: { account_id: string | null; email: string | null }; before: unknown; after: Record<string, unknown>; possible_duplicates: unknown[]
}

const proposal = (name: string, proposerEmail?: string) => ({
  type: 'Feature', geometry: { type: 'Point', coordinates: [1.9093, 47.9030] },
  properties: { name, categories: ['culture'], legal_form: 'association', commune: '45234', ...(proposerEmail ? { proposer_email: proposerEmail } : {}) },
})

describe('the moderation queue and its decisions', () => {
  let t: TestApp
  let smtp: TestSmtpServer
  let moderator: TestAccount
  let member: TestAccount
  beforeAll(async () => {
    smtp = await startSmtpServer()
    t = await buildTestApp({ demo: true, env: { RATE_LIMIT_WRITES: '1000', SMTP_URL: smtp.url, PUBLIC_URL: 'https://carte.example.org' } })
    moderator = await createTestAccount(t, { role: 'moderator' })
    member = await createTestAccount(t)
  })
  afterAll(async () => {
    await t?.close()
    await smtp?.close()
  })

  const queue = async (query = '') => {
    const response = await t.app.inject({ url: `/api/moderation/queue${query}`, cookies: moderator.cookies })
    expect(response.statusCode).toBe(200)
    return response.json() as { items: QueueItem[]; links: { rel: string; href: string }[] }
  }
  const decide = (kind: string, id: string, verb: 'approve' | 'reject', reason?: string, cookies = moderator.cookies) =>
    t.app.inject({ method: 'POST', url: `/api/moderation/${kind}/${id}/${verb}`, cookies, ...(reason ? { payload: { reason } } : {}) })
  const propose = async (name: string, proposerEmail?: string) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/initiatives', payload: proposal(name, proposerEmail) })
    expect(response.statusCode).toBe(202)
    return response.json() as { id: string; revision_id: string }
  }
  const pendingEvent = async (title: string, email: string | null) => {
    const [row] = await t.database.query<{ id: string }>(sql`
      INSERT INTO events (title, start, "end", location, address, commune, status, proposer_email)
      VALUES (${title}, '2027-03-20T09:00:00Z', '2027-03-20T11:00:00Z', ST_SetSRID(ST_MakePoint(0.69, 47.39), 4326),
              'Tours', '37261', 'pending', ${email})
      RETURNING id::text AS id`)
    return row!.id
  }

  it('is for moderators only: 401 anonymous, 403 member', async () => {
    expect((await t.app.inject({ url: '/api/moderation/queue' })).statusCode).toBe(401)
    expect((await t.app.inject({ url: '/api/moderation/queue', cookies: member.cookies })).statusCode).toBe(403)
    const { revision_id: revisionId } = await propose('Chorale des quartiers')
    expect((await decide('revisions', revisionId, 'approve', undefined, member.cookies)).statusCode).toBe(403)
    const [revision] = await t.database.query(sql`SELECT status FROM revisions WHERE id = ${revisionId}`)
    expect(revision).toEqual({ status: 'pending' })
  })

  it('lists revisions, reports and proposed events together, oldest first, with what they propose', async () => {
    const { id, revision_id: revisionId } = await propose('Théâtre de poche', 'theatre@example.org')
    const reported = await initiativeId(t, 'Cré-sol')
    const report = await t.app.inject({ method: 'POST', url: `/api/initiatives/${reported}/reports`, payload: { reason: 'closed', comment: 'Volets fermés.' } })
    const eventId = await pendingEvent('Portes ouvertes du jardin', 'jardin@example.org')
    const { items } = await queue('?limit=200')
    const times = items.map((item) => item.created_at)
    expect(times).toEqual([...times].sort())
    expect(items.find((item) => item.id === revisionId)).toMatchObject({
      kind: 'revisions', target: { type: 'initiative', id }, proposer: { account_id: null, email: 'theatre@example.org' },
      before: null, after: { name: 'Théâtre de poche', commune: '45234' }, possible_duplicates: [],
    })
    expect(items.find((item) => item.id === report.json().id)).toMatchObject({
      kind: 'reports', target: { type: 'initiative', id: reported }, before: { name: 'Cré-sol' }, after: { reason: 'closed', comment: 'Volets fermés.' },
    })
    expect(items.find((item) => item.id === eventId)).toMatchObject({
      kind: 'events', target: { type: 'event', id: eventId }, proposer: { email: 'jardin@example.org' },
      after: { title: 'Portes ouvertes du jardin', commune: '37261' },
    })
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set(['revisions', 'reports', 'events']))
  })

  it('pages through the queue with the next link, in the same order, without gaps or repeats', async () => {
    await propose('Fanfare solidaire')
    await propose('Fanfare solidaire bis')
    const all = (await queue('?limit=200')).items.map((item) => item.id)
    expect(all.length).toBeGreaterThan(3)
    const walked: string[] = []
    let url: string | undefined = '/api/moderation/queue?limit=2'
    while (url) {
      const response = await t.app.inject({ url, cookies: moderator.cookies })
      const page = response.json() as { items: QueueItem[]; links: { rel: string; href: string }[] }
      walked.push(...page.items.map((item) => item.id))
      url = page.links.find((link) => link.rel === 'next')?.href
    }
    expect(walked).toEqual(all)
  })

  it('gives a next link only when more items remain: a page holding the last item has none', async () => {
    const all = (await queue('?limit=200')).items
    const whole = await queue(`?limit=${all.length}`)
    expect(whole.items).toHaveLength(all.length)
    expect(whole.links.map((link) => link.rel)).toEqual(['self'])
    const short = await queue(`?limit=${all.length - 1}`)
    expect(short.links.map((link) => link.rel)).toEqual(['self', 'next'])
  })

  it('filters the queue by kind, and refuses an unknown kind or cursor', async () => {
    const { items } = await queue('?kind=reports')
    expect(items.length).toBeGreaterThan(0)
    expect(items.every((item) => item.kind === 'reports')).toBe(true)
    const bad = await t.app.inject({ url: '/api/moderation/queue?kind=rooms&cursor=zzz', cookies: moderator.cookies })
    expect(bad.statusCode).toBe(400)
    const cursor = await t.app.inject({ url: '/api/moderation/queue?cursor=zzz', cookies: moderator.cookies })
    expect(cursor.json().errors).toEqual([expect.objectContaining({ field: 'cursor' })])
  })

  it('publishes a new initiative on approval and e-mails the proposer in French with the reason', async () => {
    const { id, revision_id: revisionId } = await propose('Café associatif de la Source', 'source@example.org')
    const response = await decide('revisions', revisionId, 'approve', 'Bienvenue sur la carte')
    expect(response.statusCode).toBe(204)
    const detail = await t.app.inject({ url: `/api/initiatives/${id}` })
    expect(detail.statusCode).toBe(200)
    expect(detail.json().properties.status).toBe('published')
    const [revision] = await t.database.query<{ status: string; reviewer_id: string; reason: string; decided: boolean }>(sql`
      SELECT status, reviewer_id::text AS reviewer_id, reason, decided_at IS NOT NULL AS decided FROM revisions WHERE id = ${revisionId}`)
    expect(revision).toEqual({ status: 'approved', reviewer_id: moderator.id, reason: 'Bienvenue sur la carte', decided: true })
    const mail = await smtp.waitFor((m) => m.to.includes('source@example.org'))
    expect(mail.subject).toContain('« Café associatif de la Source » est publiée')
    expect(mail.text).toContain('Motif : Bienvenue sur la carte')
    expect(mail.text).toContain(`https://carte.example.org/initiatives/${id}`)
    expect(((await queue('?limit=200')).items).map((item) => item.id)).not.toContain(revisionId)
  })

  it('rejects a new initiative with its revision, and tells the proposer why', async () => {
    const { id, revision_id: revisionId } = await propose('Boutique de gadgets', 'gadgets@example.org')
    expect((await decide('revisions', revisionId, 'reject', 'Hors du champ de l\'ESS')).statusCode).toBe(204)
    const [initiative] = await t.database.query(sql`SELECT status FROM initiatives WHERE id = ${id}`)
    expect(initiative).toEqual({ status: 'rejected' })
    const mail = await smtp.waitFor((m) => m.to.includes('gadgets@example.org'))
    expect(mail.subject).toContain('n\'a pas été retenue')
    expect(mail.text).toContain('Motif : Hors du champ de l\'ESS')
    expect((await t.app.inject({ url: `/api/initiatives/${id}` })).statusCode).toBe(404)
  })

  it('answers 409 to a second decision on one item, and 404 to an unknown one or an unknown kind', async () => {
    const { revision_id: revisionId } = await propose('Repair café des Blossières')
    expect((await decide('revisions', revisionId, 'approve')).statusCode).toBe(204)
    expect((await decide('revisions', revisionId, 'reject')).statusCode).toBe(409)
    expect((await decide('reports', revisionId, 'approve')).statusCode).toBe(404)
    expect((await decide('widgets', revisionId, 'approve')).statusCode).toBe(404)
  })

  it('applies an approved change, leaves the rest, and shows it in the history', async () => {
    const id = await initiativeId(t, 'Coopaxis')
    const first = await t.app.inject({ method: 'PATCH', url: `/api/initiatives/${id}`, payload: { properties: { address: '1 place Neuve, 37000 Tours' } } })
    const second = await t.app.inject({ method: 'PATCH', url: `/api/initiatives/${id}`, payload: { properties: { website: 'https://coopaxis.example.net' } } })
    expect((await t.app.inject({ url: `/api/initiatives/${id}` })).json().properties.address).not.toBe('1 place Neuve, 37000 Tours')
    expect((await decide('revisions', first.json().revision_id, 'approve')).statusCode).toBe(204)
    expect((await decide('revisions', second.json().revision_id, 'approve')).statusCode).toBe(204)
    const { properties } = (await t.app.inject({ url: `/api/initiatives/${id}` })).json()
    expect(properties).toMatchObject({ address: '1 place Neuve, 37000 Tours', website: 'https://coopaxis.example.net', name: 'Coopaxis' })
    const approved = await t.database.query<{ reviewer_id: string }>(sql`
      SELECT reviewer_id::text AS reviewer_id FROM revisions WHERE initiative_id = ${id} AND status = 'approved'`)
    expect(approved).toEqual([{ reviewer_id: moderator.id }, { reviewer_id: moderator.id }])
    const history = (await t.app.inject({ url: `/api/initiatives/${id}/history` })).json().items
    expect(history.slice(0, 2).map((entry: { after: { website?: string } }) => entry.after.website))
      .toEqual(['https://coopaxis.example.net', expect.anything()])
    expect(history[1].after.address).toBe('1 place Neuve, 37000 Tours')
  })

  it('refuses (409) to apply a change to an initiative archived since it was proposed, and lets it be rejected', async () => {
    const id = await initiativeId(t, 'Coopaxis')
    const change = await t.app.inject({ method: 'PATCH', url: `/api/initiatives/${id}`, payload: { properties: { phone: '02 47 00 00 00' } } })
    expect(change.statusCode).toBe(202)
    expect((await t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/archive`, cookies: moderator.cookies })).statusCode).toBe(200)
    const approve = await decide('revisions', change.json().revision_id, 'approve')
    expect(approve.statusCode).toBe(409)
    expect(approve.headers['content-type']).toContain('application/problem+json')
    const [row] = await t.database.query<{ status: string; phone: string | null; revision: string }>(sql`
      SELECT i.status, i.phone, r.status AS revision FROM initiatives i JOIN revisions r ON r.initiative_id = i.id
      WHERE r.id = ${change.json().revision_id}`)
    expect(row).toEqual({ status: 'archived', phone: expect.not.stringContaining('02 47 00 00 00'), revision: 'pending' })
    expect((await decide('revisions', change.json().revision_id, 'reject', 'Archivée')).statusCode).toBe(204)
  })

  it('resolves a report on approval and dismisses it on rejection', async () => {
    const id = await initiativeId(t, 'Cré-sol')
    const report = async () => (await t.app.inject({ method: 'POST', url: `/api/initiatives/${id}/reports`,
      payload: { reason: 'wrong_information', comment: 'Mauvais téléphone', email: 'rapporteur@example.org' } })).json().id as string
    const resolved = await report()
    const dismissed = await report()
    expect((await decide('reports', resolved, 'approve', 'Corrigé')).statusCode).toBe(204)
    expect((await decide('reports', dismissed, 'reject')).statusCode).toBe(204)
    const rows = await t.database.query(sql`
      SELECT status, decision_reason, reviewer_id::text AS reviewer_id FROM reports WHERE id IN (${resolved}, ${dismissed}) ORDER BY status DESC`)
    expect(rows).toEqual([
      { status: 'resolved', decision_reason: 'Corrigé', reviewer_id: moderator.id },
      { status: 'dismissed', decision_reason: null, reviewer_id: moderator.id },
    ])
    await smtp.waitFor((m) => m.to.includes('rapporteur@example.org') && m.subject.includes('pris en compte'))
  })

  it('publishes or rejects a proposed event, recording who, when and why, and tells the proposer', async () => {
    const published = await pendingEvent('Atelier compost', 'compost@example.org')
    const rejected = await pendingEvent('Vente privée', null)
    expect((await decide('events', published, 'approve', 'Merci !')).statusCode).toBe(204)
    expect((await decide('events', rejected, 'reject', 'Commercial')).statusCode).toBe(204)
    const rows = await t.database.query(sql`
      SELECT title, status, reviewer_id::text AS reviewer_id, decision_reason, decided_at IS NOT NULL AS decided
      FROM events WHERE id IN (${published}, ${rejected}) ORDER BY title`)
    expect(rows).toEqual([
      { title: 'Atelier compost', status: 'published', reviewer_id: moderator.id, decision_reason: 'Merci !', decided: true },
      { title: 'Vente privée', status: 'rejected', reviewer_id: moderator.id, decision_reason: 'Commercial', decided: true },
    ])
    const mail = await smtp.waitFor((m) => m.to.includes('compost@example.org'))
    expect(mail.subject).toContain('« Atelier compost » est publié')
    expect(mail.text).toContain(`https://carte.example.org/evenements/${published}`)
    expect((await decide('events', published, 'reject')).statusCode).toBe(409)
  })
})
