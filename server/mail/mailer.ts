/**
 * Outgoing e-mail. With SMTP_URL set, messages go through nodemailer to
 * that server; without it, the platform runs without notifications and
 * `enabled` is false (callers need not check: `send` then does nothing).
 *
 * A failed delivery is logged and never undoes the decision that caused it:
 * the write is already in the database, an e-mail is a courtesy on top.
 */
import nodemailer from 'nodemailer'
import type { FastifyBaseLogger } from 'fastify'

export interface Mail {
  to: string
  subject: string
  /** Plain text: user text never becomes markup in a message either. */
  text: string
}

export interface Mailer {
  readonly enabled: boolean
  /** Resolves once the SMTP server accepted the message (or the attempt failed and was logged). */
  send(mail: Mail): Promise<void>
  close(): void
}

export interface MailerOptions {
  smtpUrl: string | undefined
  siteName: string
  /** The site's public address, if configured: it names the sender's domain. */
  publicUrl: string | undefined
  log: Pick<FastifyBaseLogger, 'warn' | 'error'>
}

export function createMailer({ smtpUrl, siteName, publicUrl, log }: MailerOptions): Mailer {
  if (!smtpUrl) {
    return { enabled: false, send: async () => {}, close: () => {} }
  }
  const transport = nodemailer.createTransport(smtpUrl)
  const from = { name: siteName, address: `no-reply@${publicUrl ? new URL(publicUrl).hostname : 'localhost'}` }
  return {
    enabled: true,
    async send({ to, subject, text }) {
      try {
        await transport.sendMail({ from, to, subject, text })
      } catch (error) {
        log.error({ err: error, to, subject }, 'e-mail not delivered')
      }
    },
    close: () => transport.close(),
  }
}
