/**
 * Every error answer is RFC 9457 problem+json: `type`, `title`, `status`,
 * `detail`, and `errors` naming each bad field. Schema failures, malformed
 * bodies and domain errors become 4xx; anything else is a 500 that shows no
 * internals (it is logged).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DomainError, TooManyRequests, type FieldError } from '../shared/errors.js'

export const PROBLEM_TYPE = 'application/problem+json'

interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  errors?: FieldError[]
}

const TITLES: Record<number, string> = {
  400: 'Invalid request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found',
  405: 'Method not allowed', 406: 'Not acceptable', 409: 'Conflict', 413: 'Payload too large',
  415: 'Unsupported media type', 429: 'Too many requests', 500: 'Internal error', 503: 'Service unavailable',
}

export function sendProblem(reply: FastifyReply, problem: Omit<Problem, 'type' | 'title'> & { title?: string }) {
  const body: Problem = {
    type: `about:blank`,
    title: problem.title ?? TITLES[problem.status] ?? 'Error',
    ...problem,
  }
  return reply.code(problem.status).type(PROBLEM_TYPE).send(JSON.stringify(body))
}

/** AJV's errors, one per bad field, with a dotted path people can read. */
function fieldErrors(error: FastifyError): FieldError[] {
  const where = (error.validationContext ?? 'body') as FieldError['in']
  return (error.validation ?? []).map((item) => {
    const path = item.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    const params = item.params as Record<string, unknown>
    if (typeof params.missingProperty === 'string') path.push(params.missingProperty)
    if (typeof params.additionalProperty === 'string') {
      path.push(params.additionalProperty)
      return { in: where, field: path.join('.'), detail: 'unknown field' }
    }
    return { in: where, field: path.join('.') || where, detail: item.message ?? 'invalid' }
  })
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation) {
      const errors = fieldErrors(error)
      return sendProblem(reply, {
        status: 400,
        detail: errors.map((e) => `${e.field}: ${e.detail}`).join('; '),
        errors,
        instance: request.url,
      })
    }
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequests) reply.header('retry-after', String(error.retryAfterSeconds))
      return sendProblem(reply, {
        status: error.status,
        title: error.title,
        detail: error.message,
        ...(error.errors.length > 0 ? { errors: error.errors } : {}),
        instance: request.url,
      })
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
