/**
 * How long personal data is kept: the one source for the erasure task
 * (server/tasks/erase-personal-data.ts) and for the privacy page
 * (GET /api/privacy), so what the page says is what the code does.
 */
import type { Localised } from './schemas.js'

/** E-mails of people who proposed, reported or asked are erased this long after the decision or the loan. */
export const ERASE_AFTER_MONTHS = 12


/** A column holding an e-mail given to be answered, and the moment its retention counts from. */
export interface ErasedEmail {
  table: 'revisions' | 'reports' | 'events' | 'loans'
  column: 'proposer_email' | 'reporter_email' | 'requester_email'
  /** The retention runs from this column (the decision, or the loan's end). */
  from: 'decided_at' | 'end'
  data: Localised
  purpose: Localised
  fromLabel: Localised
}

export const ERASED_EMAILS: readonly ErasedEmail[] = [
  {
    table: 'revisions', column: 'proposer_email', from: 'decided_at',
    data: { fr: 'Adresse e-mail de qui propose une initiative ou une correction (facultative)', en: 'E-mail address of whoever proposes an initiative or a correction (optional)' },
    purpose: { fr: 'Lui annoncer la décision de modération', en: 'Telling them of the moderators’ decision' },
    fromLabel: { fr: 'la décision', en: 'the decision' },
  },
  {
    table: 'reports', column: 'reporter_email', from: 'decided_at',
    data: { fr: 'Adresse e-mail de qui signale un problème (facultative)', en: 'E-mail address of whoever reports a problem (optional)' },
    purpose: { fr: 'Lui répondre à propos du signalement', en: 'Answering them about the report' },
    fromLabel: { fr: 'la décision', en: 'the decision' },
  },
  {
    table: 'events', column: 'proposer_email', from: 'decided_at',
    data: { fr: 'Adresse e-mail de qui propose un événement sans compte (facultative)', en: 'E-mail address of whoever proposes an event without an account (optional)' },
    purpose: { fr: 'Lui annoncer la décision de modération', en: 'Telling them of the moderators’ decision' },
    fromLabel: { fr: 'la décision', en: 'the decision' },
  },
  {
    table: 'loans', column: 'requester_email', from: 'end',
    data: { fr: 'Adresse e-mail de qui demande une salle', en: 'E-mail address of whoever asks for a room' },
    purpose: { fr: 'Lui transmettre la réponse de l’organisation hôte et le lien d’annulation', en: 'Sending them the host’s answer and the cancel link' },
    fromLabel: { fr: 'la fin du prêt', en: 'the end of the loan' },
  },
]

/** Rate-limit counters (which hold client addresses) go once surely ended: no window is longer than a day (server/config.ts). */
export const RATE_WINDOW_MAX_MS = 86_400_000
