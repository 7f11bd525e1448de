/**
 * The privacy notice as data: what personal data is kept, why, and for how
 * long, built from the constants the code itself uses (erasure, sessions,
 * links, rate limits), in French and English.
 */
import { SESSION_DAYS } from '../accounts/sessions.js'
import { TOKEN_LIFETIME_MS } from '../accounts/tokens.js'
import { ERASE_AFTER_MONTHS, ERASED_EMAILS, RATE_WINDOW_MAX_MS } from './retention.js'
import type { PrivacyDocument, PrivacyItem } from './schemas.js'

const hours = (ms: number) => ms / 3_600_000

export function privacyDocument(options: { siteName: string; legalNoticeUrl: string | undefined; rateLimitWindowSeconds: number }): PrivacyDocument {
  const emails: PrivacyItem[] = ERASED_EMAILS.map((item) => ({
    id: `${item.table}.${item.column}`,
    data: item.data,
    purpose: item.purpose,
    retention: {
      fr: `Effacée ${ERASE_AFTER_MONTHS} mois après ${item.fromLabel.fr}`,
      en: `Erased ${ERASE_AFTER_MONTHS} months after ${item.fromLabel.en}`,
    },
    public: false,
  }))
  const windowMinutes = Math.ceil(options.rateLimitWindowSeconds / 60)
  return {
    site_name: options.siteName,
    legal_notice_url: options.legalNoticeUrl ?? null,
    erase_after_months: ERASE_AFTER_MONTHS,
    items: [
      ...emails,
      {
        id: 'accounts',
        data: { fr: 'Comptes : adresse e-mail, nom affiché, empreinte Argon2id du mot de passe, rôle, organisations', en: 'Accounts: e-mail address, display name, Argon2id hash of the password, role, organisations' },
        purpose: { fr: 'Se connecter et agir pour ses organisations', en: 'Signing in and acting for one’s organisations' },
        retention: { fr: 'Tant que le compte existe ; un administrateur le désactive ou le supprime sur demande', en: 'As long as the account exists; an admin disables or deletes it on request' },
        public: false,
      },
      {
        id: 'sessions',
        data: { fr: 'Cookie de session (seul cookie du site ; la base n’en garde que l’empreinte)', en: 'Session cookie (the site’s only cookie; the database keeps only its hash)' },
        purpose: { fr: 'Rester connecté', en: 'Staying signed in' },
        retention: { fr: `${SESSION_DAYS} jours au plus, ou jusqu’à la déconnexion`, en: `${SESSION_DAYS} days at most, or until signing out` },
        public: false,
      },
      {
        id: 'account_tokens',
        data: { fr: 'Liens d’invitation et de nouveau mot de passe (empreinte)', en: 'Invitation and new-password links (hash)' },
        purpose: { fr: 'Choisir son mot de passe', en: 'Choosing one’s password' },
        retention: {
          fr: `Invitation : ${hours(TOKEN_LIFETIME_MS.invitation) / 24} jours ; nouveau mot de passe : ${hours(TOKEN_LIFETIME_MS.password_reset)} heure ; supprimés une fois utilisés ou expirés`,
          en: `Invitation: ${hours(TOKEN_LIFETIME_MS.invitation) / 24} days; new password: ${hours(TOKEN_LIFETIME_MS.password_reset)} hour; deleted once used or expired`,
        },
        public: false,
      },
      {
        id: 'rate_limits',
        data: { fr: 'Adresse IP dans les compteurs anti-abus', en: 'IP address in the anti-abuse counters' },
        purpose: { fr: 'Limiter les envois répétés', en: 'Limiting repeated submissions' },
        retention: {
          fr: `Compté par fenêtre de ${windowMinutes} min ; supprimé par la tâche de nettoyage ${hours(RATE_WINDOW_MAX_MS)} h après le début de la fenêtre`,
          en: `Counted per ${windowMinutes}-minute window; deleted by the clean-up task ${hours(RATE_WINDOW_MAX_MS)} h after the window starts`,
        },
        public: false,
      },
    ],
  }
}
