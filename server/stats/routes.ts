/** GET /api/stats — what the network counts: initiatives, events and loans. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type TSchema } from 'typebox'
import type { StatsRepository } from './repository.js'
import { PUBLIC_READ } from '../http/public-reads.js'

const nullable = (schema: TSchema) => Type.Union([schema, Type.Null()])
const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM, in Europe/Paris' })
const Count = Type.Integer({ minimum: 0 })

export const Stats = Type.Object({
  initiatives: Type.Object({
    by_category: Type.Array(Type.Object({ category: Type.String(), label: Type.String(), count: Count })),
    by_territory: Type.Array(Type.Object({
      territory: Type.String({ examples: ['departement:37'] }), name: nullable(Type.String()), count: Count,
    })),
  }, { description: 'published initiatives' }),
  events: Type.Object({
    by_month: Type.Array(Type.Object({ month: Month, count: Count }), { description: 'by month of first start' }),
    by_programme: Type.Array(Type.Object({ programme: Type.String(), title: Type.String(), count: Count })),
  }, { description: 'published events' }),
  loans: Type.Object({
    by_month: Type.Array(Type.Object({ month: Month, count: Count }), { description: 'by month of start' }),
    by_room: Type.Array(Type.Object({
      room_id: Type.String(), name: nullable(Type.String({ description: 'null for a hidden room' })), count: Count,
    })),
  }, { description: 'approved loans' }),
})

export const statsRoutes: FastifyPluginAsyncTypebox<{ stats: StatsRepository }> = async (app, { stats }) => {
  app.get('/api/stats', {
    config: PUBLIC_READ,
    schema: {
      tags: ['stats'],
      summary: 'Counts: initiatives by category and département, events by month and programme, loans by month and room',
      querystring: Type.Object({}, { additionalProperties: false }),
      response: { 200: Stats },
    },
  }, async () => {
    return {
      initiatives: { by_category: await stats.initiativesByCategory(), by_territory: await stats.initiativesByTerritory() },
      events: { by_month: await stats.eventsByMonth(), by_programme: await stats.eventsByProgramme() },
      loans: { by_month: await stats.loansByMonth(), by_room: await stats.loansByRoom() },
    }
  })
}
