/** Reference levels: the planned strength, the reported pledge total and the ceiling of the force that followed. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { Reference, Source } from '../types.js';
import { t } from './text.js';

// Sources cited here (and possibly by another section, whose elements load this module anyway).

/** `legalbrief-reuters-2025-01-kenya-reinforcements` */
export const legalbriefReuters202501KenyaReinforcements: Source = {
  publisher: 'Legalbrief',
  title: 'Kenya sends police reinforcements to Haiti',
  url: 'https://legalbrief.co.za/diary/legalbrief-africa-new/story/kenya-sends-police-reinforcements-to-haiti/print',
  quote: 'have together pledged over 3 100 troops, but so far few have deployed',
  confidence: 'M',
  via: 'Reuters',
};

export const plannedStrength: Reference = {
  id: 'planned-strength',
  kind: 'planned-strength',
  date: '2024-06',
  // "Up to 2,500" states the plan's ceiling; it does not qualify the number (as "about" would), and
  // the other source states the same 2,500 plainly, so the planned strength is exact.
  value: {
    kind: 'exact',
    value: 2500,
    sources: ['stening-simpson-2024-06-kenyan-police-land', 'eagle-news-feed-2024-09-30-mission-renewed'],
  },
  label: t('Planned strength', 'Effectif prévu', 'Efektif ki te planifye', 'Efectivo previsto'),
  note: '1,000 of them Kenyan. In September 2024 the plan was described as "up to 2,500 officers deployed in phases", at an estimated cost of around $600 million a year.',
};

export const pledgedTotal: Reference = {
  id: 'pledged-total',
  kind: 'pledged-total',
  date: '2025-01',
  value: {
    kind: 'approximate',
    qualifier: 'more-than',
    value: 3100,
    sources: ['legalbrief-reuters-2025-01-kenya-reinforcements'],
  },
  label: t('Pledged', 'Promis', 'Pwomès', 'Comprometido'),
  note: 'Pledged by about 10 countries together.',
};

export const gsfCeiling: Reference = {
  id: 'gsf-ceiling',
  kind: 'authorised-ceiling',
  date: '2025-09-30',
  value: { kind: 'exact', value: 5550, sources: ['menafn-ians-2025-09-gang-suppression-force'] },
  label: t(
    'Gang Suppression Force ceiling',
    'Plafond de la Force de répression des gangs',
    'Plafon Fòs Sipresyon Gang',
    'Techo de la Fuerza de Supresión de Pandillas',
  ),
  note: '5,500 uniformed personnel and 50 civilians (Resolution 2793).',
};

/** Every reference level, in the order of the dataset. */
export const references: Reference[] = [plannedStrength, pledgedTotal, gsfCeiling];
