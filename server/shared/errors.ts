/**
 * Domain errors. Services throw these; `server/http/errors.ts` turns them
 * into RFC 9457 problem+json answers. They carry no HTTP knowledge beyond
 * the status they stand for.
 */
import type { FieldError } from './problem.js'

export type { FieldError }
export class DomainError extends Error {
  constructor(readonly status: number, readonly title: string, detail: string, readonly errors: FieldError[] = []) {
    super(detail)
    this.name = new.target.name
  }
}

export class Invalid extends DomainError {
  constructor(detail: string, errors: FieldError[] = []) { super(400, 'Invalid request', detail, errors) }
}
export class Unauthorized extends DomainError {
  constructor(detail = 'You must be signed in.') { super(401, 'Unauthorized', detail) }
}
export class Forbidden extends DomainError {
  constructor(detail = 'You are not allowed to do this.') { super(403, 'Forbidden', detail) }
}
export class NotFound extends DomainError {
  constructor(detail = 'Not found.') { super(404, 'Not found', detail) }
}
export class Conflict extends DomainError {
  constructor(detail: string) { super(409, 'Conflict', detail) }
}
export class TooManyRequests extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'Too many requests', `Too many requests; try again in ${retryAfterSeconds} s.`)
  }
}
/** The service is busy with work of this kind, not the client's fault. */
export class Busy extends DomainError {
  constructor(readonly retryAfterSeconds: number, detail: string) {
    super(503, 'Service unavailable', detail)
  }
}

/** One bad field, as an `Invalid` error. */
export function invalidField(where: FieldError['in'], field: string, detail: string): Invalid {
  return new Invalid(`${field}: ${detail}`, [{ in: where, field, detail }])
}
