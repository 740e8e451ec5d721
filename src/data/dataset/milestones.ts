/** Dates in the mission's history, for time axes. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { Milestone, Source } from '../types.js';
import { contingentLabels, t } from './text.js';

// Sources cited here (and possibly by another section, whose elements load this module anyway).

/** `un-press-sc15432-2023-10-02` */
export const unPressSc1543220231002: Source = {
  publisher: 'United Nations',
  title:
    'Security Council Authorizes Multinational Security Support Mission for Haiti for Initial Period of One Year, by Vote of 13 in Favour with 2 Abstentions',
  url: 'https://press.un.org/en/2023/sc15432.doc.htm',
  published: '2023-10-02',
  confidence: 'H',
};

/** `menafn-ians-2025-09-gang-suppression-force` */
export const menafnIans202509GangSuppressionForce: Source = {
  publisher: 'MENAFN',
  title: 'UN Security Council Transitions Multinational Force In Haiti To Gang Suppression Force',
  url: 'https://menafn.com/1110133542/UN-Security-Council-Transitions-Multinational-Force-In-Haiti-To-Gang-Suppression-Force',
  confidence: 'H',
  via: 'IANS',
};

/** `kdrtv-2025-10-new-military-force` */
export const kdrtv202510NewMilitaryForce: Source = {
  publisher: 'KDRTV',
  title: 'UN Security Council approves new military force in Haiti',
  url: 'https://www.kdrtv.co.ke/news/un-security-council-approves-new-military-force-in-haiti/',
  confidence: 'H',
};

export const resolution2699: Milestone = {
  id: 'resolution-2699',
  date: '2023-10-02',
  event: t(
    'UN Security Council Resolution 2699 authorises the Multinational Security Support mission for an initial year (13 in favour, 2 abstentions)',
    "La résolution 2699 du Conseil de sécurité de l'ONU autorise la mission multinationale d'appui à la sécurité pour une première année (13 voix pour, 2 abstentions)",
    'Rezolisyon 2699 Konsèy Sekirite ONI an otorize misyon Sipò Miltinasyonal pou Sekirite a pou yon premye ane (13 vòt pou, 2 abstansyon)',
    'La Resolución 2699 del Consejo de Seguridad de la ONU autoriza la misión Multinacional de Apoyo a la Seguridad por un primer año (13 votos a favor, 2 abstenciones)',
  ),
  short: t('Resolution 2699', 'Résolution 2699', 'Rezolisyon 2699', 'Resolución 2699'),
  sources: ['un-press-sc15432-2023-10-02', 'seed-article'],
};

export const firstContingent: Milestone = {
  id: 'first-contingent',
  date: '2024-06-25',
  event: t(
    'The first Kenyan contingent lands in Port-au-Prince',
    'Le premier contingent kényan atterrit à Port-au-Prince',
    'Premye kontenjan kenyan an ateri Pòtoprens',
    'El primer contingente keniano aterriza en Puerto Príncipe',
  ),
  short: contingentLabels.first,
  sources: ['le-nouvelliste-2024-07-first-contingent', 'independent-ap-2024-07-second-contingent'],
};

export const mandateRenewed2024: Milestone = {
  id: 'mandate-renewed-2024',
  date: '2024-09-30',
  event: t(
    "The Security Council unanimously extends the mission's authorisation by one year",
    "Le Conseil de sécurité prolonge à l'unanimité d'un an l'autorisation de la mission",
    'Konsèy Sekirite a pwolonje otorizasyon misyon an pou yon ane, alinanimite',
    'El Consejo de Seguridad prorroga por unanimidad un año la autorización de la misión',
  ),
  short: t('Mandate renewed', 'Mandat renouvelé', 'Manda renouvle', 'Mandato renovado'),
  sources: ['eagle-news-feed-2024-09-30-mission-renewed'],
};

export const usFundingFreeze: Milestone = {
  id: 'us-funding-freeze',
  date: '2025-02-04',
  event: t(
    "The United States freezes its unpaid contributions to the mission's trust fund",
    "Les États-Unis gèlent leurs contributions non versées au fonds d'affectation spéciale de la mission",
    'Etazini bloke kontribisyon li poko peye nan fon fidisyè misyon an',
    'Estados Unidos congela sus contribuciones pendientes al fondo fiduciario de la misión',
  ),
  short: t('US funding freeze', 'Gel des fonds américains', 'Etazini bloke lajan', 'Congelación de fondos de EE. UU.'),
  sources: ['urdupoint-afp-2025-02-us-freezes-funding'],
};

export const resolution2793: Milestone = {
  id: 'resolution-2793',
  date: '2025-09-30',
  event: t(
    'Resolution 2793 creates the Gang Suppression Force (12 in favour, 3 abstentions; ceiling of 5,550: 5,500 uniformed personnel and 50 civilians)',
    'La résolution 2793 crée la Force de répression des gangs (12 voix pour, 3 abstentions ; plafond de 5 550 : 5 500 personnels en uniforme et 50 civils)',
    'Rezolisyon 2793 kreye Fòs Sipresyon Gang (12 vòt pou, 3 abstansyon; plafon 5 550: 5 500 pèsonèl an inifòm ak 50 sivil)',
    'La Resolución 2793 crea la Fuerza de Supresión de Pandillas (12 votos a favor, 3 abstenciones; techo de 5.550: 5.500 uniformados y 50 civiles)',
  ),
  short: t('Gang Suppression Force', 'Force anti-gangs', 'Fòs Sipresyon Gang', 'Fuerza antipandillas'),
  sources: ['menafn-ians-2025-09-gang-suppression-force'],
};

export const mssMandateExpires: Milestone = {
  id: 'mss-mandate-expires',
  date: '2025-10-02',
  event: t(
    "The Multinational Security Support mission's mandate expires",
    "Le mandat de la mission multinationale d'appui à la sécurité expire",
    'Manda misyon Sipò Miltinasyonal pou Sekirite a fini',
    'Expira el mandato de la misión Multinacional de Apoyo a la Seguridad',
  ),
  short: t('MSS mandate ends', 'Fin du mandat MSS', 'Manda MSS la fini', 'Fin del mandato MSS'),
  sources: ['kdrtv-2025-10-new-military-force'],
};

export const fifthContingent: Milestone = {
  id: 'fifth-contingent',
  date: '2025-12-08',
  event: t(
    'The fifth Kenyan contingent (230 officers) arrives; the force numbers 980',
    'Arrivée du cinquième contingent kényan (230 policiers) ; la force compte 980 personnes',
    'Senkyèm kontenjan kenyan an (230 polisye) rive; fòs la gen 980 moun',
    'Llega el quinto contingente keniano (230 agentes); la fuerza suma 980 efectivos',
  ),
  short: contingentLabels.fifth,
  sources: ['kdrtv-2025-12-fifth-contingent', 'businessday-reuters-2025-12-09-un-expands-mission'],
};

/** Every milestone, in the order of the dataset. */
export const milestones: Milestone[] = [resolution2699, firstContingent, mandateRenewed2024, usFundingFreeze, resolution2793, mssMandateExpires, fifthContingent];
