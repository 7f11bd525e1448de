/**
 * Full exports of the published initiatives: GET /api/initiatives.geojson and
 * /api/initiatives.csv, with the list's filters. Both are streamed: the
 * database is read in keyset batches while the answer is written, so memory
 * does not grow with the data.
 *
 * ODbL notice: both answers carry `Link: <ODbL 1.0>; rel="license"`. The
 * GeoJSON export also names the licence and the site in top-level `license`
 * and `attribution` members. A CSV has no place for a notice that every
 * reader keeps, so the CSV export keeps to the Link header plus a filename
 * that says the licence (`…-odbl.csv`); its columns stay plain data.
 */
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { GEOJSON } from '../shared/geojson-schemas.js'
import { csvHeader, featureCsvLine, UTF8_BOM } from './export-csv.js'
import { checkKnown, initiativeFilterQuery, parseInitiativeFilter, type InitiativeFilter } from './list-filter.js'
import type { InitiativeRepository } from './repository.js'
import { InitiativeExport } from './schemas.js'
import { concurrencyLimit } from '../http/concurrency-limit.js'
import { PUBLIC_READ } from '../http/public-reads.js'

export const ODBL_URL = 'https://opendatacommons.org/licenses/odbl/1-0/'
/** Rows read per query while streaming. */
const BATCH = 1000
/** Exports streamed at once: with the feeds' 3, half the pool's 10 connections stay for the site. */
const EXPORTS_AT_ONCE = 2
/**
 * An export's deadline, in place of the 30 s of other requests: 200,000
 * initiatives took 24–42 s to stream to a client on the same machine.
 */
const EXPORT_DEADLINE_MS = 10 * 60_000

export interface ExportDependencies {
  initiatives: InitiativeRepository
  siteName: string
}

const ExportQuery = Type.Object(initiativeFilterQuery, { additionalProperties: false })

export const initiativeExportRoutes: FastifyPluginAsyncTypebox<ExportDependencies> = async (app, { initiatives, siteName }) => {
  const exportsAtOnce = concurrencyLimit(EXPORTS_AT_ONCE, 'exports')
  const bulk = { handlerTimeout: EXPORT_DEADLINE_MS, onRequest: exportsAtOnce.admit }
  /** Every matching Feature as JSON text, batch after batch, in id order. */
  async function* features(filter: InitiativeFilter): AsyncGenerator<string> {
    let after: string | undefined
    for (;;) {
      const rows = await initiatives.exportBatch(filter, after, BATCH)
      for (const row of rows) yield row.feature
      if (rows.length < BATCH) return
      after = rows.at(-1)!.id
    }
  }

  async function checkedFilter(query: Parameters<typeof parseInitiativeFilter>[0]) {
    const filter = parseInitiativeFilter(query)
    checkKnown(filter, await initiatives.knownNames(filter))
    return filter
  }

  const attribution = `${siteName} — data under the Open Database License (ODbL) 1.0`

  app.get('/api/initiatives.geojson', {
    config: PUBLIC_READ,
    ...bulk,
    schema: {
      tags: ['initiatives'],
      summary: 'Every published initiative as one GeoJSON FeatureCollection (streamed; ODbL 1.0)',
      description: 'Same filters as GET /api/initiatives, without paging. The collection names its licence in `license` and `attribution`.',
      querystring: ExportQuery,
      response: { 200: { content: { [GEOJSON]: { schema: InitiativeExport } } } },
    },
  }, async (request, reply) => {
    const filter = await checkedFilter(request.query)
    const matched = await initiatives.count(filter)
    async function* body() {
      yield `{"type":"FeatureCollection","license":${JSON.stringify(`ODbL-1.0 ${ODBL_URL}`)},` +
        `"attribution":${JSON.stringify(attribution)},"numberMatched":${matched},"features":[`
      let first = true
      for await (const feature of features(filter)) {
        yield first ? `\n${feature}` : `,\n${feature}`
        first = false
      }
      yield '\n]}\n'
    }
    return reply.type(GEOJSON)
      .header('link', `<${ODBL_URL}>; rel="license"`)
      .header('content-disposition', 'attachment; filename="initiatives-odbl.geojson"')
      .send(Readable.from(body()) as never)
  })

  app.get('/api/initiatives.csv', {
    config: PUBLIC_READ,
    ...bulk,
    schema: {
      tags: ['initiatives'],
      summary: 'Every published initiative as CSV (streamed; ODbL 1.0)',
      description: 'RFC 4180, UTF-8 with a byte order mark; categories joined by `|`; `lon`, `lat` in WGS84. ' +
        'Cells that a spreadsheet would read as formulas start with an apostrophe. The licence is in the `Link` header.',
      querystring: ExportQuery,
      response: { 200: { content: { 'text/csv': { schema: Type.String() } } } },
    },
  }, async (request, reply) => {
    const filter = await checkedFilter(request.query)
    async function* body() {
      yield UTF8_BOM + csvHeader()
      for await (const feature of features(filter)) yield featureCsvLine(JSON.parse(feature))
    }
    return reply.type('text/csv; charset=utf-8; header=present')
      .header('link', `<${ODBL_URL}>; rel="license"`)
      .header('content-disposition', 'attachment; filename="initiatives-odbl.csv"')
      .send(Readable.from(body()) as never)
  })
}
