/**
 * Every error answer is RFC 9457 problem+json: `type`, `title`, `status`,
 * `detail`, and `errors` naming each bad field (server/shared/problem.ts).
 * Schema failures, malformed bodies and domain errors become 4xx; anything
 * else is a 500 that shows no internals (it is logged).
 *
 * One vocabulary: a field is `in` `body`, `query`, `params` or `headers`
 * (the same words as the domain errors); a bad value is one error, even
 * against a union of allowed values; a path whose parameter cannot name a
 * resource (a malformed id) is 404, like an id that names nothing.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Busy, DomainError, TooManyRequests } from '../shared/errors.js'
import { Problem, PROBLEM_TYPE, type FieldError } from '../shared/problem.js'
import { PATTERN_DETAILS } from '../shared/text-schemas.js'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-errors.js'

export { PROBLEM_TYPE }

const TITLES: Record<number, string> = {
  400: 'Invalid request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found',
  405: 'Method not allowed', 406: 'Not acceptable', 408: 'Request timeout', 409: 'Conflict', 413: 'Payload too large',
  414: 'URI too long', 415: 'Unsupported media type', 429: 'Too many requests', 431: 'Request header fields too large', 500: 'Internal error', 503: 'Service unavailable',
}

export function sendProblem(reply: FastifyReply, problem: Omit<Problem, 'type' | 'title'> & { title?: string }) {
  const body: Problem = {
    type: `about:blank`,
    title: problem.title ?? TITLES[problem.status] ?? 'Error',
    ...problem,
  }
  return reply.code(problem.status).type(PROBLEM_TYPE).send(JSON.stringify(body))
}

interface AjvError { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }

const LOCATIONS: Record<string, FieldError['in']> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' }

/**
 * AJV's errors, one per bad value, with a dotted path people can read. The
 * branches of a failed `anyOf` (a union) are folded into its one error.
 */
function fieldErrors(error: FastifyError): FieldError[] {
  const where = LOCATIONS[error.validationContext ?? 'body'] ?? 'body'
  const items = (error.validation ?? []) as AjvError[]
  const unions = items.filter((item) => item.keyword === 'anyOf')
  const branchOf = (item: AjvError) => unions.find((union) =>
    union !== item && union.instancePath === item.instancePath && item.schemaPath.startsWith(`${union.schemaPath}/`))
  return items.filter((item) => branchOf(item) === undefined).map((item) => {
    const path = item.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    const { params } = item
    if (typeof params.missingProperty === 'string') path.push(params.missingProperty)
    if (typeof params.additionalProperty === 'string') {
      path.push(params.additionalProperty)
      return { in: where, field: path.join('.'), detail: 'unknown field' }
    }
    const detail = item.keyword === 'anyOf' ? unionDetail(items.filter((other) => branchOf(other) === item))
      : item.keyword === 'pattern' ? PATTERN_DETAILS[String(params.pattern)] ?? item.message : item.message
    return { in: where, field: path.join('.') || where, detail: detail ?? 'invalid' }
  })
}

/** What a union allows, said once: its allowed values, or its branches' complaints. */
function unionDetail(branches: AjvError[]): string {
  const allowed = branches.filter((b) => b.keyword === 'const').map((b) => JSON.stringify(b.params.allowedValue))
  if (allowed.length === branches.length && allowed.length > 0) return `must be one of ${allowed.join(', ')}`
  const messages = [...new Set(branches.filter((b) => b.params.type !== 'null').map((b) => b.message ?? 'invalid'))]
  const nullable = branches.some((b) => b.params.type === 'null')
  return messages.length === 0 ? 'must be null' : `${messages.join(' or ')}${nullable ? ' (or null)' : ''}`
}

export function registerErrorHandling(app: FastifyInstance) {
  // The error answer is written once and every route refers to it for its 4xx answers.
  app.addSchema(Problem)
  app.addHook('onRoute', (route) => {
    if (route.schema === undefined || route.schema.hide === true) return
    const response = (route.schema.response ?? {}) as Record<string, unknown>
    response['4XX'] ??= {
      description: 'A refused request (RFC 9457 problem details); `errors` names each bad field',
      content: { [PROBLEM_TYPE]: { schema: { $ref: 'Problem#' } } },
    }
    route.schema.response = response
  })

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation) {
      if (error.validationContext === 'params') {
        return sendProblem(reply, { status: 404, detail: 'Nothing is found at this address.', instance: request.url })
      }
      const errors = fieldErrors(error)
      return sendProblem(reply, {
        status: 400,
        detail: errors.map((e) => `${e.field}: ${e.detail}`).join('; '),
        errors,
        instance: request.url,
      })
    }
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequests || error instanceof Busy) reply.header('retry-after', String(error.retryAfterSeconds))
      return sendProblem(reply, {
        status: error.status,
        title: error.title,
        detail: error.message,
        ...(error.errors.length > 0 ? { errors: error.errors } : {}),
        instance: request.url,
      })
    }
    if (error.code === 'FST_ERR_HANDLER_TIMEOUT' || isDatabaseUnavailable(error)) {
      // The database was lost, full or too slow (the request's deadline passed).
      request.log.warn({ err: error }, 'database unavailable')
      reply.header('retry-after', String(RETRY_AFTER_SECONDS))
      return sendProblem(reply, { status: 503, detail: 'The service is unavailable for a moment; please try again.', instance: request.url })
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, bad media type...
      return sendProblem(reply, { status, detail: error.message, instance: request.url })
    }
    request.log.error({ err: error }, 'request failed')
    return sendProblem(reply, { status: 500, detail: 'Something went wrong on our side.', instance: request.url })
  })
}
