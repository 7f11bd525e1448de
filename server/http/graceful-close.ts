/**
 * Graceful shutdown, the missing half: `close()` lets requests in flight
 * finish, but Node keeps their keep-alive sockets open afterwards, so the
 * server only closes when clients drop them (up to the 72 s keep-alive
 * timeout; in production the grace delay kills the process first). Answers
 * sent while closing say `Connection: close`, so those sockets end with them.
 */
import type { FastifyInstance } from 'fastify'

export function closeConnectionsWhileClosing(app: FastifyInstance) {
  let closing = false
  app.addHook('preClose', async () => { closing = true })
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close')
    return payload
  })
}
