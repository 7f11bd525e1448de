/**
 * Strings of the moderation page, the change diffs (also shown in an
 * initiative's history) and the taxonomy editor. French first; English
 * must give every key (`typeof fr`).
 */
import type { Language } from './language.js'

const dates = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' }),
}

export const fr = {
  title: 'Modération',
  signIn: 'Connectez-vous avec un compte de modération pour voir les contributions à relire.',
  signInLink: 'Se connecter',
  forbidden: 'Cette page est réservée à l\u2019équipe de modération. Votre compte n\u2019a pas ce rôle\u00a0; un administrateur peut vous le donner.',
  loading: 'Chargement…',
  failed: 'La file de modération n\u2019a pas pu être chargée.',
  queue: 'Contributions à relire',
  empty: 'Rien à relire pour le moment.',
  more: 'Voir plus',
  kinds: { revisions: 'Initiative', reports: 'Signalement', events: 'Événement' } as Record<string, string>,
  newThing: 'Nouvelle proposition',
  change: 'Modification proposée',
  proposedOn: (date: string) => `Proposé le ${dates.fr.format(new Date(date))}`,
  by: 'par',
  anonymous: 'anonyme',
  target: 'Voir la fiche',
  duplicates: 'Doublons possibles',
  metres: (m: number) => `à ${Math.round(m)} m`,
  reason: 'Motif (facultatif, transmis à la personne qui a proposé)',
  approve: 'Approuver',
  reject: 'Refuser',
  approved: 'Approuvé.',
  rejected: 'Refusé.',
  decisionFailed: 'La décision n\u2019a pas pu être enregistrée.',
  diff: {
    field: 'Champ',
    before: 'Avant',
    after: 'Après',
    caption: 'Champs modifiés',
    empty: '—',
    yes: 'oui',
    no: 'non',
    fields: {
      name: 'Nom', title: 'Titre', description: 'Description', categories: 'Catégories', legal_form: 'Forme juridique',
      address: 'Adresse', commune: 'Commune', website: 'Site web', email: 'Courriel', phone: 'Téléphone',
      email_public: 'Courriel public', phone_public: 'Téléphone public', geometry: 'Emplacement', location: 'Emplacement',
      status: 'Statut', reason: 'Motif', comment: 'Commentaire', start: 'Début', end: 'Fin', kind: 'Type',
      organiser_name: 'Organisateur', online_url: 'Lien en ligne', registration_url: 'Inscription', price: 'Prix',
    } as Record<string, string>,
  },
  taxonomy: {
    title: 'Catégories',
    add: 'Ajouter une catégorie',
    slug: 'Identifiant (minuscules, chiffres et tirets)',
    label: 'Libellé',
    labelEn: 'Libellé en anglais',
    colour: 'Couleur',
    icon: 'Icône (nom)',
    save: 'Enregistrer',
    create: 'Ajouter',
    saved: 'Enregistré.',
    created: 'Catégorie ajoutée.',
    failed: 'L\u2019enregistrement a échoué.',
    edit: (label: string) => `Modifier ${label}`,
  },
}

export const en: typeof fr = {
  title: 'Moderation',
  signIn: 'Sign in with a moderation account to see the contributions to review.',
  signInLink: 'Sign in',
  forbidden: 'This page is for the moderation team. Your account does not have that role; an administrator can give it to you.',
  loading: 'Loading…',
  failed: 'The moderation queue could not be loaded.',
  queue: 'Contributions to review',
  empty: 'Nothing to review for now.',
  more: 'Show more',
  kinds: { revisions: 'Initiative', reports: 'Report', events: 'Event' },
  newThing: 'New proposal',
  change: 'Proposed change',
  proposedOn: (date: string) => `Proposed on ${dates.en.format(new Date(date))}`,
  by: 'by',
  anonymous: 'anonymous',
  target: 'See the record',
  duplicates: 'Possible duplicates',
  metres: (m: number) => `${Math.round(m)} m away`,
  reason: 'Reason (optional, sent to the proposer)',
  approve: 'Approve',
  reject: 'Reject',
  approved: 'Approved.',
  rejected: 'Rejected.',
  decisionFailed: 'The decision could not be saved.',
  diff: {
    field: 'Field',
    before: 'Before',
    after: 'After',
    caption: 'Changed fields',
    empty: '—',
    yes: 'yes',
    no: 'no',
    fields: {
      name: 'Name', title: 'Title', description: 'Description', categories: 'Categories', legal_form: 'Legal form',
      address: 'Address', commune: 'Town', website: 'Website', email: 'E-mail', phone: 'Phone',
      email_public: 'Public e-mail', phone_public: 'Public phone', geometry: 'Location', location: 'Location',
      status: 'Status', reason: 'Reason', comment: 'Comment', start: 'Start', end: 'End', kind: 'Kind',
      organiser_name: 'Organiser', online_url: 'Online link', registration_url: 'Registration', price: 'Price',
    },
  },
  taxonomy: {
    title: 'Categories',
    add: 'Add a category',
    slug: 'Identifier (lower case, digits and hyphens)',
    label: 'Label',
    labelEn: 'English label',
    colour: 'Colour',
    icon: 'Icon (name)',
    save: 'Save',
    create: 'Add',
    saved: 'Saved.',
    created: 'Category added.',
    failed: 'Saving failed.',
    edit: (label: string) => `Edit ${label}`,
  },
}

export type ModerationMessages = typeof fr

export function moderationMessages(language: Language): ModerationMessages {
  return language === 'en' ? en : fr
}
