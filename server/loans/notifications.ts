/**
 * E-mails about loans, plain text in French (SMTP_URL set): the host
 * organisation's members hear of each new request and of a cancellation by
 * the requester; the requester hears of the host's decision, with the host's
 * message; a requester without account gets the cancel link. Sending never
 * delays nor undoes the write that caused it: failures are logged.
 */
import { DateTime } from 'luxon'
import type { Mailer } from '../mail/mailer.js'
import type { LoanRecord, LoanRepository } from './repository.js'
import { pagePaths } from '../../web/page-paths.js'

export interface LoanNotificationDependencies {
  mailer: Mailer
  loans: Pick<LoanRepository, 'memberEmails'>
  siteName: string
  log: { error(details: object, message: string): void }
}

/** `samedi 25 octobre 2031 à 22:00`, in Paris time. */
const frenchTime = (instant: Date) =>
  DateTime.fromJSDate(instant, { zone: 'Europe/Paris' }).setLocale('fr').toFormat("cccc d LLLL yyyy 'à' HH:mm")

const slot = (loan: LoanRecord) => `du ${frenchTime(loan.start)} au ${frenchTime(loan.end)} (heure de Paris)`

const requester = (loan: LoanRecord) =>
  loan.requester_organisation_name && loan.requester_organisation_name !== loan.requester_name
    ? `${loan.requester_name} (${loan.requester_organisation_name})`
    : loan.requester_name

const DECISION_WORDS = { approved: 'acceptée', declined: 'refusée', cancelled: 'annulée' } as const

export function createLoanNotifications({ mailer, loans, siteName, log }: LoanNotificationDependencies) {
  const signature = `\n\n— ${siteName}\n`

  /** Sends in the background; the answer to the request does not wait for the SMTP server. */
  function background(work: () => Promise<unknown>) {
    if (!mailer.enabled) return
    work().catch((error: unknown) => log.error({ err: error }, 'loan e-mail not sent'))
  }

  const toHosts = (loan: LoanRecord, subject: string, text: string) => background(async () => {
    const addresses = await loans.memberEmails(loan.host_id)
    await Promise.all(addresses.map((to) => mailer.send({ to, subject, text })))
  })

  return {
    /** A new request: to the host's members; to an anonymous requester, the cancel link. */
    requested(loan: LoanRecord, baseUrl: string, cancelUrl: string | undefined) {
      toHosts(loan, `Nouvelle demande de prêt : ${loan.room_name}`,
        `Bonjour,\n\n${requester(loan)} demande à emprunter la salle « ${loan.room_name} » ${slot(loan)}, ` +
        `pour ${loan.people} personne${loan.people > 1 ? 's' : ''}.\n\nObjet : ${loan.purpose}\n` +
        `Contact : ${loan.reply_email ?? '—'}\n\nPour accepter ou refuser la demande : ${baseUrl}${pagePaths.myRooms}${signature}`)
      if (cancelUrl === undefined || loan.reply_email === null) return
      const to = loan.reply_email
      background(() => mailer.send({
        to,
        subject: `Votre demande de prêt : ${loan.room_name}`,
        text: `Bonjour ${loan.requester_name},\n\nVotre demande pour la salle « ${loan.room_name} » (${loan.host_name}) ` +
          `${slot(loan)} a bien été transmise à l'organisation d'accueil. Vous recevrez sa réponse par e-mail.\n\n` +
          `Pour annuler votre demande, ouvrez ce lien (gardez-le pour vous) :\n${cancelUrl}${signature}`,
      }))
    },

    /** The host's decision (approve, decline, cancel): to the requester, with the host's message. */
    decided(loan: LoanRecord & { status: 'approved' | 'declined' | 'cancelled' }) {
      if (loan.reply_email === null) return
      const to = loan.reply_email
      const message = loan.decision_message ? `\n\nMessage de ${loan.host_name} :\n${loan.decision_message}` : ''
      background(() => mailer.send({
        to,
        subject: `Demande ${DECISION_WORDS[loan.status]} : ${loan.room_name}`,
        text: `Bonjour ${loan.requester_name},\n\nVotre demande de prêt de la salle « ${loan.room_name} » (${loan.host_name}) ` +
          `${slot(loan)} a été ${DECISION_WORDS[loan.status]}.${message}${signature}`,
      }))
    },

    /** The requester withdrew: the host's members are told the slot is no longer asked for. */
    withdrawn(loan: LoanRecord, baseUrl: string) {
      const message = loan.decision_message ? `\n\nMessage :\n${loan.decision_message}` : ''
      toHosts(loan, `Demande annulée : ${loan.room_name}`,
        `Bonjour,\n\n${requester(loan)} a annulé sa demande de la salle « ${loan.room_name} » ${slot(loan)}.${message}\n\n` +
        `Vos demandes : ${baseUrl}${pagePaths.myRooms}${signature}`)
    },
  }
}

export type LoanNotifications = ReturnType<typeof createLoanNotifications>
