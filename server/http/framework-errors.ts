/**
 * The answers Fastify and Node write themselves, before any route runs, in
 * the API's one error shape (RFC 9457 problem+json) instead of their own
 * JSON: a path parameter too long to be read (414), a malformed URL (400),
 * headers too large (431), a request too slow to arrive (408).
 */
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify'
import { PROBLEM_TYPE } from '../shared/problem.js'
import { sendProblem } from './errors.js'

/** Errors of Fastify's router: the request has a reply to answer with. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, { status: 414, detail: 'A part of this address is too long.', instance: request.url })
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(reply, { status: 400, detail: 'This address is not a valid URL.', instance: request.url })
  }
  return sendProblem(reply, { status: 400, detail: 'Invalid request.', instance: request.url })
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request took too long to arrive.'],
}

/** Errors of Node's HTTP parser: no request exists, only the socket to write to. */
export const clientErrorHandler: NonNullable<FastifyServerOptions['clientErrorHandler']> = (error: Error & { code?: string }, socket: Socket) => {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const [status, detail] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'The request could not be read.']
  const title = STATUS_CODES[status] ?? 'Error'
  const body = JSON.stringify({ type: 'about:blank', title, status, detail })
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy(error)
}
