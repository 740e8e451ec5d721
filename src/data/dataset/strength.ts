/** Head-counts of the force as reported, whole or by country. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { Source, StrengthSnapshot } from '../types.js';
import { exact } from './text.js';

// Sources cited here (and possibly by another section, whose elements load this module anyway).

/** `hch-efe-2025-02-04-salvadoran-troops` */
export const hchEfe20250204SalvadoranTroops: Source = {
  publisher: 'HCH',
  title: 'Llegan a Haití setenta efectivos de El Salvador para unirse a la misión multinacional',
  url: 'https://hch.tv/2025/02/04/llegan-a-haiti-setenta-efectivos-de-el-salvador-para-unirse-a-la-mision-multinacional',
  published: '2025-02-04',
  quote: 'son más de 900 los miembros del MSS en Haití, en su inmensa mayoría kenianos (700)',
  confidence: 'L',
  via: 'EFE',
};

/** `nycaribnews-2025-06-short-of-troops` */
export const nycaribnews202506ShortOfTroops: Source = {
  publisher: 'NY Carib News',
  title: 'Haiti mission to crush gangs short of troops and funds, says leader',
  url: 'https://nycaribnews.com/haiti-mission-to-crush-gangs-short-of-troops-and-funds-says-leader',
  quote: 'Guatemala: 150 troops / El Salvador: 78 / Jamaica: 23 / Bahamas & Belize: 8 combined',
  confidence: 'M',
};

/** `am1-lemonde-2025-09-mission-ends` */
export const am1Lemonde202509MissionEnds: Source = {
  publisher: 'am1.news',
  title: 'Kenya-led anti-gang mission in Haiti ends with mixed results',
  url: 'https://am1.news/usconservative/topic/lemonde/6-slug-kenya-led-anti-gang-mission-in-haiti-ends-with-mixed-results',
  quote: 'operated below 40% of its authorized personnel strength',
  confidence: 'M',
  via: 'Le Monde',
};

/** `businessday-reuters-2025-12-09-un-expands-mission` */
export const businessdayReuters20251209UnExpandsMission: Source = {
  publisher: 'BusinessDay',
  title: 'UN expands Haiti mission as Kenyan police deploy',
  url: 'https://www.businessday.co.za/world/2025-12-09-un-expands-haiti-mission-as-kenyan-police-deploy/',
  published: '2025-12-09',
  quote: 'it now numbered 980 personnel',
  confidence: 'H',
  via: 'Reuters',
};

const guardian = 'trinidad-guardian-2025-01-second-guatemalan-group';
const nycarib = 'nycaribnews-2025-06-short-of-troops';

export const headCount20250104: StrengthSnapshot = {
  date: '2025-01-04',
  total: exact(590, guardian),
  breakdown: [
    { countries: ['KE'], personnel: exact(400, guardian) },
    { countries: ['GT'], personnel: exact(150, guardian) },
    { countries: ['SV'], personnel: exact(8, guardian) },
    { countries: ['BS'], personnel: exact(6, guardian) },
    { countries: ['JM'], personnel: exact(24, guardian) },
    { countries: ['BZ'], personnel: exact(2, guardian) },
  ],
  note: 'Lists six Bahamians, while the 59-strong Bahamian maritime team served from 28 December 2024 to 8 February 2025 (The Tribune).',
  sources: [guardian],
};

export const headCount20250204: StrengthSnapshot = {
  date: '2025-02-04',
  total: {
    kind: 'disputed',
    reports: [
      { kind: 'exact', value: 859, sources: ['radio-tele-dromage-2025-02-salvadoran-soldiers'] },
      {
        kind: 'approximate',
        qualifier: 'more-than',
        value: 900,
        sources: ['hch-efe-2025-02-04-salvadoran-troops'],
        note: 'EFE, in a copy by an aggregator (low confidence).',
      },
    ],
  },
  breakdown: [
    {
      countries: ['KE'],
      // "(700)" is a round aside in a sentence about "more than 900", "in their immense majority
      // Kenyans": an approximate number, not a head-count.
      personnel: {
        kind: 'approximate',
        qualifier: 'about',
        value: 700,
        sources: ['hch-efe-2025-02-04-salvadoran-troops'],
        note: 'EFE: "in their immense majority Kenyans (700)".',
      },
    },
    {
      countries: ['SV'],
      personnel: { kind: 'exact', value: 78, sources: ['radio-tele-dromage-2025-02-salvadoran-soldiers'] },
    },
  ],
  sources: ['radio-tele-dromage-2025-02-salvadoran-soldiers', 'hch-efe-2025-02-04-salvadoran-troops'],
};

export const headCount20250206: StrengthSnapshot = {
  date: '2025-02-06',
  breakdown: [
    { countries: ['KE'], personnel: { kind: 'exact', value: 744, sources: ['kenyans-2025-02-144-officers'] } },
  ],
  note: 'Kenyan police only, after the fourth contingent. AP wrote that the new officers joined "more than 600 other Kenyans".',
  sources: ['kenyans-2025-02-144-officers'],
};

export const headCount202506: StrengthSnapshot = {
  date: '2025-06',
  dateApproximate: true,
  breakdown: [
    { countries: ['GT'], personnel: exact(150, nycarib) },
    { countries: ['SV'], personnel: exact(78, nycarib) },
    { countries: ['JM'], personnel: exact(23, nycarib) },
    { countries: ['BS', 'BZ'], personnel: exact(8, nycarib) },
  ],
  note: 'Partial list of non-Kenyan contingents; Bahamas and Belize were reported together.',
  sources: [nycarib],
};

export const headCount202509: StrengthSnapshot = {
  // No number: the source gives a share of the authorised strength but not the base it used, and a
  // number derived from a guessed base (40% of the planned 2,500 would be 1,000) is one no source gave.
  date: '2025-09',
  note: 'The mission "operated below 40% of its authorized personnel strength" (Le Monde).',
  sources: ['am1-lemonde-2025-09-mission-ends'],
};

export const headCount20251208: StrengthSnapshot = {
  date: '2025-12-08',
  total: { kind: 'exact', value: 980, sources: ['businessday-reuters-2025-12-09-un-expands-mission'] },
  note: 'After the fifth Kenyan contingent arrived.',
  sources: ['businessday-reuters-2025-12-09-un-expands-mission'],
};

/** Every head-count, in the order of the dataset. */
export const strength: StrengthSnapshot[] = [headCount20250104, headCount20250204, headCount20250206, headCount202506, headCount202509, headCount20251208];
