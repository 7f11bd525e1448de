/**
 * The e-mail a proposer (or a reporter) who left an address receives when a
 * moderator decides: plain text, French first then English, with the
 * moderator's reason. The address serves only this answer.
 */
import type { Mail } from '../mail/mailer.js'
import type { QueueKind } from './schemas.js'

export interface DecisionNotice {
  kind: QueueKind
  approve: boolean
  /** A create revision (a new initiative) rather than a change. */
  isNew: boolean
  to: string
  targetName: string
  reason: string | null
  /** The page of the initiative or event, when the decision made it visible. */
  link: string | null
  siteName: string
}

function sentences({ kind, approve, isNew, targetName }: DecisionNotice): { subject: string; fr: string; en: string } {
  const name = `« ${targetName} »`
  if (kind === 'reports') {
    return approve
      ? { subject: `Votre signalement sur ${name} a été pris en compte`, fr: `Votre signalement sur ${name} a été examiné et pris en compte.`, en: `Your report about "${targetName}" was reviewed and acted upon.` }
      : { subject: `Votre signalement sur ${name} a été classé`, fr: `Votre signalement sur ${name} a été examiné ; il n'a pas donné lieu à une modification.`, en: `Your report about "${targetName}" was reviewed; it led to no change.` }
  }
  if (kind === 'events') {
    return approve
      ? { subject: `Votre événement ${name} est publié`, fr: `Votre événement ${name} a été accepté : il est maintenant dans l'agenda.`, en: `Your event "${targetName}" was accepted and is now in the agenda.` }
      : { subject: `Votre événement ${name} n'a pas été retenu`, fr: `Votre événement ${name} n'a pas été retenu pour l'agenda.`, en: `Your event "${targetName}" was not accepted.` }
  }
  if (isNew) {
    return approve
      ? { subject: `Votre proposition ${name} est publiée`, fr: `Votre proposition ${name} a été acceptée : elle est maintenant sur la carte.`, en: `Your proposal "${targetName}" was accepted and is now on the map.` }
      : { subject: `Votre proposition ${name} n'a pas été retenue`, fr: `Votre proposition ${name} n'a pas été retenue pour la carte.`, en: `Your proposal "${targetName}" was not accepted.` }
  }
  return approve
    ? { subject: `Votre correction de ${name} est acceptée`, fr: `Votre correction de ${name} a été acceptée et appliquée.`, en: `Your correction of "${targetName}" was accepted and applied.` }
    : { subject: `Votre correction de ${name} n'a pas été retenue`, fr: `Votre correction de ${name} n'a pas été retenue.`, en: `Your correction of "${targetName}" was not accepted.` }
}

export function decisionMail(notice: DecisionNotice): Mail {
  const { subject, fr, en } = sentences(notice)
  const lines = ['Bonjour,', '', fr]
  if (notice.reason) lines.push('', `Motif : ${notice.reason}`)
  if (notice.link) lines.push('', `Voir : ${notice.link}`)
  lines.push('', `Merci pour votre contribution.`, `L'équipe ${notice.siteName}`, '',
    'Vous recevez ce message parce que vous avez laissé votre adresse ; elle ne sert qu\'à vous répondre et sera effacée dans 12 mois.',
    '', '---', '', en)
  if (notice.reason) lines.push(`Reason: ${notice.reason}`)
  return { to: notice.to, subject: `${subject} — ${notice.siteName}`, text: lines.join('\n') }
}
