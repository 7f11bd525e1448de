/**
 * GET /feeds/rooms/{id}.ics — a room's approved loans as busy blocks, for a
 * host's or a borrower's calendar application. Times only: who borrows the
 * room and why stay private.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { RoomRepository } from '../rooms/repository.js'
import { NotFound } from '../shared/errors.js'
import { renderBusyCalendar } from './calendar.js'
import { sendCacheable } from './conditional-get.js'
import { PUBLIC_READ } from '../http/public-reads.js'
import { IdParams } from '../shared/params.js'

export interface RoomFeedDependencies {
  rooms: RoomRepository
  /** Public address of the site (config.publicUrl); its host names the UIDs. */
  publicUrl: string
  /** The current time; a parameter so tests can hold it still. */
  clock?: () => Date
}

const CALENDAR = 'text/calendar; charset=utf-8'
/** Like the event feeds, a room's feed keeps the last 30 days, and the whole future. */
const PAST_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

export const roomFeedRoutes: FastifyPluginAsyncTypebox<RoomFeedDependencies> = async (app, { rooms, publicUrl, clock = () => new Date() }) => {
  const uidHost = new URL(publicUrl).host


  app.get('/feeds/rooms/:id.ics', {
    config: PUBLIC_READ,
    schema: {
      tags: ['feeds'],
      summary: "A room's approved loans as iCalendar busy blocks (no personal data)",
      params: IdParams,
      querystring: Type.Object({}, { additionalProperties: false }),
      produces: [CALENDAR],
    },
  }, async (request, reply) => {
    const room = await rooms.findPublished(request.params.id)
    if (!room) throw new NotFound('No such room.')
    const since = new Date(clock().getTime() - PAST_DAYS * DAY_MS)
    const body = renderBusyCalendar({
      name: `${room.name} (${room.hostName}) — occupation`,
      host: uidHost,
      roomId: room.id,
      intervals: await rooms.approvedLoans(room.id, since, null),
      // The last change rather than the request time, so an unchanged feed keeps its ETag.
      now: room.changedAt,
    })
    return sendCacheable(request, reply, { body, contentType: CALENDAR, lastModified: room.changedAt })
  })
}
