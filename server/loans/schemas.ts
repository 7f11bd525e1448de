/** TypeBox schemas of the loan requests and decisions, for validation and OpenAPI. */
import { Type, type Static } from 'typebox'
import { ItemList, pageQuery } from '../shared/list-pages.js'
import { Name, Text, Uuid } from '../shared/text-schemas.js'

const EMAIL = { maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' }
const Message = Text({ maxLength: 2_000, description: 'a word to the other side, sent with the e-mail' })
/** Checked by the service, which tells a time without offset (ambiguous) from a malformed one. */
const Time = (description: string) =>
  Type.String({ maxLength: 40, description: `${description}; RFC 3339 with an offset`, examples: ['2027-03-20T10:00:00+01:00'] })
const parisTime = Type.String({ description: 'RFC 3339, Europe/Paris offset', examples: ['2027-03-20T10:00:00+01:00'] })
/** One `enum` rather than a union of literals, so that a bad value is one error, not one per branch. */
const Status = Type.Enum(['requested', 'approved', 'declined', 'cancelled'])
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])

export const LoanRequestBody = Type.Object({
  start: Time('start of the slot'),
  end: Time('end of the slot (after start, at most 14 days later)'),
  purpose: Text({ minLength: 1, maxLength: 2_000 }),
  people: Type.Integer({ minimum: 1, maximum: 100_000, description: 'at most the capacity of the room' }),
  requester_name: Type.Optional(Name({ minLength: 1, maxLength: 200, description: 'required without an account' })),
  requester_email: Type.Optional(Type.String({ ...EMAIL, description: 'required without an account; used only to answer' })),
  requester_organisation_id: Type.Optional(Type.String({ format: 'uuid', description: 'an organisation you are a member of (signed in)' })),
}, { additionalProperties: false })
export type LoanRequestBody = Static<typeof LoanRequestBody>

export const DecisionBody = Type.Object({ message: Type.Optional(Message) }, { additionalProperties: false })
export type DecisionBody = Static<typeof DecisionBody>

export const CancelBody = Type.Object({
  message: Type.Optional(Message),
  token: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'the secret of the cancel link given to a requester without account' })),
}, { additionalProperties: false })
export type CancelBody = Static<typeof CancelBody>


export const LoanListQuery = Type.Object({
  role: Type.Enum(['host', 'requester'], {
    default: 'host', description: "host: the loans of your organisations' rooms; requester: the ones you or your organisations asked for",
  }),
  status: Type.Optional(Type.Array(Status, { maxItems: 4, description: 'repeatable' })),
  ...pageQuery(500, 1_000),
}, { additionalProperties: false })
export type LoanListQuery = Static<typeof LoanListQuery>

/** A page's last loan, in list order: its start (milliseconds since 1970) and id. */
export const LoanKey = Type.Tuple([Type.Integer(), Uuid()])
export type LoanKey = Static<typeof LoanKey>

export const Loan = Type.Object({
  id: Type.String(),
  room_id: Type.String(),
  room_name: Type.String(),
  host_id: Type.String(),
  host_name: Type.String(),
  start: parisTime,
  end: parisTime,
  purpose: Type.String(),
  people: Type.Integer(),
  requester_name: Type.Optional(Type.String({ description: 'to the host only' })),
  requester_email: Type.Optional(nullable(Type.String({ description: 'to the host only' }))),
  requester_organisation_id: nullable(Type.String()),
  requester_organisation_name: nullable(Type.String()),
  status: Status,
  created_at: parisTime,
  decided_at: nullable(parisTime),
  decided_by: nullable(Type.String({ description: 'the account that decided' })),
  decision_message: nullable(Type.String()),
})

export const LoanCreated = Type.Object({
  ...Loan.properties,
  cancel_url: Type.Optional(Type.String({ description: 'secret link to cancel, for a requester without account (also sent by e-mail)' })),
})

export const LoanList = ItemList(Loan)
export type Loan = Static<typeof Loan>
export type LoanCreated = Static<typeof LoanCreated>
