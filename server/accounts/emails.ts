/** The text of the e-mails about accounts: French first, then English. */
import type { Mail } from '../mail/mailer.js'

export function invitationMail(to: { email: string; display_name: string }, siteName: string, link: string): Mail {
  return {
    to: to.email,
    subject: `${siteName} : votre compte / your account`,
    text: [
      `Bonjour ${to.display_name},`,
      '',
      `Un compte a été créé pour vous sur ${siteName}. Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours, une seule fois) :`,
      link,
      '',
      '---',
      '',
      `Hello ${to.display_name},`,
      '',
      `An account was created for you on ${siteName}. To choose your password, open this link (valid for 7 days, once):`,
      link,
    ].join('\n'),
  }
}

export function passwordResetMail(to: { email: string; display_name: string }, siteName: string, link: string): Mail {
  return {
    to: to.email,
    subject: `${siteName} : nouveau mot de passe / new password`,
    text: [
      `Bonjour ${to.display_name},`,
      '',
      `Pour choisir un nouveau mot de passe sur ${siteName}, ouvrez ce lien (valable 1 heure, une seule fois) :`,
      link,
      'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
      '',
      '---',
      '',
      `Hello ${to.display_name},`,
      '',
      `To choose a new password on ${siteName}, open this link (valid for 1 hour, once):`,
      link,
      'If you did not ask for it, ignore this message: your password stays the same.',
    ].join('\n'),
  }
}
