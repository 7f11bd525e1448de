/**
 * Answers given to a signed-in person may hold personal data (the moderation
 * queue, loans, `me`, a moderator's view of an initiative, the accounts), so
 * no cache — the browser's disk, a proxy, a CDN — may keep or share them:
 * `Cache-Control: private, no-store`. Every API answer may differ by session,
 * so every one says `Vary: Cookie`, and a shared cache never hands a
 * signed-in answer to someone else. One rule for all routes, rather than a
 * header each route must remember.
 */
import type { FastifyInstance, FastifyReply } from 'fastify'

function varyOnCookie(reply: FastifyReply) {
  const vary = String(reply.getHeader('vary') ?? '')
  const fields = vary.split(',').map((field) => field.trim().toLowerCase()).filter(Boolean)
  if (!fields.includes('cookie') && !fields.includes('*')) reply.header('vary', vary ? `${vary}, Cookie` : 'Cookie')
}

export function registerPersonalAnswers(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.account) reply.header('cache-control', 'private, no-store')
    if (request.account || request.url.startsWith('/api/')) varyOnCookie(reply)
    return payload
  })
}
