/**
 * Words the synthetic data is built from, per category: names of
 * initiatives ("Épicerie coopérative de …", "Repair café …"), what they do,
 * their usual legal forms; then shared words for names, streets, events and
 * rooms. `{of}` becomes "de Tours", "d'Orléans", "du Mans" or a quarter,
 * `{name}` a name such as "La Ruche".
 */
import type { EVENT_KINDS, LEGAL_FORMS } from '../../db/schema/index.js'

type LegalForm = (typeof LEGAL_FORMS)[number]
type EventKind = (typeof EVENT_KINDS)[number]

export interface CategoryWords { names: string[]; activities: string[]; legalForms: LegalForm[] }

export const CATEGORY_WORDS: Record<string, CategoryWords> = {
  'alimentation': {
    names: ['Épicerie coopérative {of}', 'Épicerie solidaire {name}', 'Supermarché coopératif {of}', "Groupement d'achat {of}", 'Cantine solidaire {name}'],
    activities: ['produits locaux, bio et en vrac à prix justes', 'paniers de saison et distribution chaque semaine', 'repas à prix libre préparés avec les invendus du marché'],
    legalForms: ['cooperative', 'association', 'association', 'scic'],
  },
  'agriculture': {
    names: ['AMAP {of}', 'Ferme collective {name}', "Jardin d'insertion {of}", 'Coopérative maraîchère {name}', 'Paysans {of}'],
    activities: ['contrats de saison avec des fermes voisines', 'maraîchage biologique et vente directe', 'installation de jeunes paysans sur des terres collectives'],
    legalForms: ['association', 'cooperative', 'scic'],
  },
  'habitat': {
    names: ['Habitat participatif {name}', "Coopérative d'habitants {of}", 'Auto-réhabilitation accompagnée {of}', 'Foyer de jeunes travailleurs {name}'],
    activities: ['logements, salle commune et jardin partagés', 'aide aux habitants pour rénover leur logement', 'hébergement des jeunes en début de parcours'],
    legalForms: ['cooperative', 'association', 'scic', 'fondation'],
  },
  'energie': {
    names: ['Centrale villageoise {of}', 'Énergie citoyenne {of}', 'Coopérative solaire {name}'],
    activities: ['panneaux solaires financés par les habitants', 'éolien citoyen et maîtrise de la consommation', "conseils pour réduire sa facture d'énergie"],
    legalForms: ['scic', 'cooperative', 'association'],
  },
  'mobilite': {
    names: ['Atelier vélo {name}', 'Garage solidaire {of}', 'Vélo-école {of}', 'Autopartage {of}'],
    activities: ['réparation de vélos en libre-service', 'réparation automobile à prix solidaire', 'location de véhicules pour aller travailler'],
    legalForms: ['association', 'association', 'scic'],
  },
  'reemploi-recyclage': {
    names: ['Repair café {of}', 'Ressourcerie {name}', 'Recyclerie {of}', 'Donnerie {name}'],
    activities: ['collecte, réparation et revente d\'objets', 'ateliers de réparation avec des bénévoles', 'boutique de seconde main et sensibilisation au tri'],
    legalForms: ['association', 'collectif', 'esus'],
  },
  'finance-solidaire': {
    names: ['Club Cigales {name}', 'Monnaie locale {name}', 'Fonds solidaire {of}'],
    activities: ["épargne citoyenne investie dans les entreprises locales", 'prêts d\'honneur aux créateurs d\'activité', 'une monnaie pour faire vivre le commerce de proximité'],
    legalForms: ['association', 'cooperative', 'collectif'],
  },
  'commerce-equitable': {
    names: ['Boutique équitable {name}', 'Artisans solidaires {of}', 'Comptoir du monde {name}'],
    activities: ['café, thé et artisanat de coopératives du Sud', 'produits équitables et locaux', 'animations dans les écoles sur les filières'],
    legalForms: ['association', 'cooperative'],
  },
  'culture': {
    names: ['Café associatif {name}', 'Compagnie {name}', 'Cinéma associatif {of}', 'Fanfare {name}', 'Bibliothèque de rue {of}'],
    activities: ['concerts, spectacles et soirées débats', 'théâtre participatif avec les habitants', 'projections suivies de rencontres'],
    legalForms: ['association', 'association', 'cooperative', 'cae'],
  },
  'education-formation': {
    names: ['Université populaire {of}', 'Ateliers du savoir {name}', 'École des parents {of}', 'Centre de formation {name}'],
    activities: ['conférences et cours ouverts à tous', 'formations pour les bénévoles et les salariés', "soutien scolaire et éducation populaire"],
    legalForms: ['association', 'scop', 'cooperative'],
  },
  'emploi-insertion': {
    names: ["Chantier d'insertion {name}", "Coopérative d'activités et d'emploi {of}", 'Régie de quartier {of}', "Entreprise d'insertion {name}"],
    activities: ["parcours d'insertion vers un emploi durable", 'entrepreneurs salariés qui mutualisent leur gestion', 'emplois de proximité pour les habitants du quartier'],
    legalForms: ['association', 'cae', 'scop', 'esus'],
  },
  'sante-social': {
    names: ['Maison de santé {of}', 'Épicerie sociale {of}', 'Centre social {name}', 'Mutuelle {of}'],
    activities: ['accès aux soins et prévention', 'accueil des familles et accès aux droits', 'complémentaire santé à cotisation solidaire'],
    legalForms: ['association', 'mutuelle', 'collectivite', 'fondation'],
  },
  'petite-enfance': {
    names: ['Crèche parentale {name}', 'Micro-crèche {name}', "Lieu d'accueil enfants-parents {of}"],
    activities: ["accueil des tout-petits avec l'implication des parents", 'ateliers parents-enfants', 'horaires adaptés aux emplois décalés'],
    legalForms: ['association', 'scic'],
  },
  'services-a-la-personne': {
    names: ['Aide à domicile {of}', 'Portage de repas {of}', 'Services aux aînés {name}'],
    activities: ['aide au ménage, aux repas et aux courses', 'accompagnement des personnes âgées à domicile', 'répit pour les proches aidants'],
    legalForms: ['association', 'scic'],
  },
  'sport-loisirs': {
    names: ['Club sportif solidaire {of}', 'Ludothèque {name}', 'Randonneurs {of}'],
    activities: ['sport pour tous, quels que soient l\'âge et le handicap', 'prêt de jeux et soirées jeux', 'randonnées et entretien des sentiers'],
    legalForms: ['association', 'collectif'],
  },
  'numerique': {
    names: ['Fab lab {of}', 'Médiation numérique {name}', 'Atelier informatique solidaire {of}'],
    activities: ['fabrication numérique et réparation', 'aide aux démarches en ligne', 'ordinateurs reconditionnés à petit prix'],
    legalForms: ['association', 'scic', 'esus'],
  },
  'tiers-lieux': {
    names: ['Tiers-lieu {name}', 'La Fabrique {of}', 'Café-coworking {name}'],
    activities: ['coworking, ateliers partagés et café', 'un lieu ouvert où naissent des projets collectifs', 'cuisine partagée et permanences associatives'],
    legalForms: ['scic', 'association', 'cooperative'],
  },
  'tourisme': {
    names: ['Gîte solidaire {name}', 'Auberge coopérative {of}', 'Vacances pour tous {of}'],
    activities: ['hébergement à petit prix pour les groupes et les familles', 'séjours accessibles aux personnes handicapées', 'découverte du patrimoine avec les habitants'],
    legalForms: ['association', 'scic', 'esus'],
  },
  'environnement': {
    names: ['{town} en transition', 'Jardin partagé {name}', 'Nature et patrimoine {of}'],
    activities: ['jardins partagés, compost et grainothèque', 'sorties nature et protection des milieux', 'ateliers zéro déchet et sobriété'],
    legalForms: ['collectif', 'association', 'association'],
  },
}

export const CATEGORY_SLUGS = Object.keys(CATEGORY_WORDS)

export const NAMES = [
  'Les Lucioles', 'La Fourmilière', 'Le Chaudron', "L'Arbre à palabres", 'La Ruche', 'Le Grain de sel', 'La Clé des champs',
  'Le Petit Pont', 'Les Tisserands', 'La Passerelle', "L'Escale", 'Le Relais', 'La Bricole', 'La Boussole', "Le Fil d'Ariane",
  'La Main verte', 'Le Moulin', 'La Source', 'Les Alouettes', 'La Marmite', 'Le Cabanon', "L'Atelier", 'La Brouette', 'Le Panier',
  'Les Hirondelles', 'La Pépinière', 'Le Trait d\'union', 'La Courte Échelle', 'Le Bon Grain', 'Les Coquelicots', 'La Navette',
  "L'Étincelle", 'Le Four à pain', 'La Girafe', 'Les Castors', 'Le Lavoir', 'La Bobine', 'Les Semeurs', "L'Olivier", 'La Rose des vents',
]

export const QUARTERS = ['du centre-ville', 'de la Gare', 'des Hauts', 'du Faubourg', 'des Prés', 'du Vieux-Bourg', 'des Coteaux', 'des Tanneries']

export const AUDIENCES = [
  'ouvert à toutes et à tous', 'avec les habitants du quartier', 'pour les familles et les jeunes', 'tenu par des bénévoles',
  'avec des salariés en insertion', 'en lien avec les associations voisines',
]

export const PRACTICAL = [
  'Accueil du mardi au samedi.', 'Adhésion à prix libre.', 'Permanence le mercredi après-midi.', 'Nouvelles et nouveaux bénévoles bienvenus !',
  'Accès de plain-pied ; parking vélo.', 'Rencontres le premier jeudi du mois.',
]

export const STREETS = [
  'rue de la République', 'rue des Écoles', 'avenue de la Gare', 'place du Marché', 'rue du Moulin', 'rue des Jardins', 'allée des Tilleuls',
  'rue Victor-Hugo', 'rue Jean-Jaurès', 'rue Pasteur', 'boulevard de la Liberté', 'rue des Artisans', 'chemin des Vignes', 'rue de la Fontaine',
  'place de l\'Église', 'rue du Commerce', 'impasse des Coopérateurs', 'rue des Tanneurs',
]

export const EVENT_WORDS: Record<EventKind, { titles: string[]; blurbs: string[] }> = {
  porte_ouverte: { titles: ['Portes ouvertes {org}', 'Journée découverte {org}'], blurbs: ['Visite des lieux, rencontre avec l\'équipe et les bénévoles ; goûter offert.'] },
  visite: { titles: ['Visite {org}', 'Visite commentée : {topic}'], blurbs: ['Une visite pour comprendre comment fonctionne une entreprise de l\'ESS, de l\'intérieur.'] },
  conference: { titles: ['Conférence : {topic}', 'Rencontre-conférence : {topic}'], blurbs: ['Une intervention suivie d\'un temps d\'échange avec la salle.'] },
  debat: { titles: ['Débat : {topic}', 'Café-débat : {topic}'], blurbs: ['On discute, on confronte les points de vue, autour d\'un verre.'] },
  forum: { titles: ['Forum {topic_short}', 'Forum des initiatives {of}'], blurbs: ['Stands, tables rondes et ateliers ; entrée libre toute la journée.'] },
  formation: { titles: ['Formation « {skill} »', 'Se former : {skill}'], blurbs: ['Une formation pratique en petit groupe ; inscription conseillée.'] },
  atelier: { titles: ['Atelier {activity}', 'Atelier participatif : {activity}'], blurbs: ['Venez comme vous êtes : le matériel est fourni, on apprend en faisant.'] },
  reunion: { titles: ['Assemblée générale {org}', 'Réunion publique : {topic}'], blurbs: ['Bilan de l\'année, projets et élection du conseil ; ouvert aux adhérents.'] },
  festif: { titles: ['Fête {org}', 'Soirée solidaire {of}', 'Bal populaire {of}'], blurbs: ['Musique, repas partagé et jeux pour tous les âges.'] },
  marche: { titles: ['Marché solidaire {of}', 'Marché de producteurs {of}', 'Bourse aux vélos {of}'], blurbs: ['Producteurs, artisans et associations ; paiement en monnaie locale accepté.'] },
  autre: { titles: ['Rencontre {org}', 'Permanence {org}'], blurbs: ['Un temps de rencontre, d\'information et d\'échange.'] },
}

export const TOPICS = [
  "l'économie sociale et solidaire, c'est quoi ?", 'la finance solidaire au service du territoire', 'coopérer plutôt que concurrencer',
  "l'alimentation durable dans les cantines", 'le réemploi, une filière d\'avenir', 'la transition énergétique citoyenne',
  "l'emploi des jeunes dans l'ESS", 'habiter autrement', 'le numérique responsable',
]
export const TOPICS_SHORT = ["de l'emploi solidaire", 'des associations', 'de la transition', 'des métiers de l\'ESS', 'du réemploi']
export const SKILLS = ['Animer une réunion participative', 'Construire son budget associatif', 'Recruter des bénévoles', 'Répondre à un appel à projets', 'Communiquer sur les réseaux sociaux']
export const ACTIVITIES = ['réparation de vélos', 'couture', 'cuisine anti-gaspillage', 'compostage', 'fabrication de produits ménagers', 'réparation de petit électroménager', 'initiation à l\'informatique']

export const ROOM_NAMES = ['Salle polyvalente', 'Salle de réunion', 'Atelier', 'Grande salle', 'Salle du conseil', 'Cuisine partagée', 'Salle de formation', 'Petite salle']
export const ROOM_CONDITIONS = ['Gratuite pour les structures de l\'ESS.', 'Participation aux frais : 20 € la demi-journée.', 'Contribution en nature bienvenue.', 'Gratuite pour les adhérents ; 40 € la journée sinon.']
export const LOAN_PURPOSES = ['Assemblée générale', 'Réunion du conseil d\'administration', 'Formation des bénévoles', 'Atelier ouvert au public', 'Repas partagé', 'Séminaire d\'équipe']
