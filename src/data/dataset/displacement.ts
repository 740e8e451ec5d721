/** People internally displaced in Haiti, as IOM and the UN counted them. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { Displacement, Source } from '../types.js';
import { t } from './text.js';

// Sources cited here (and possibly by another section, whose elements load this module anyway).

/** `donare-iom-2025-01-one-million-displaced` */
export const donareIom202501OneMillionDisplaced: Source = {
  publisher: 'donare.info',
  title: 'Haiti: spiraling gang violence leaves one million displaced',
  url: 'https://donare.info/en/news/haiti_spiraling_gang_violence_leaves_one_million_displaced',
  published: '2025-01-14',
  quote:
    'from 315,000 in December 2023 to over one million in December 2024 / The latest data shows that 1,041,000 people are struggling',
  confidence: 'H',
  via: 'IOM',
};

/** `reliefweb-iom-2024-06-round-7` */
export const reliefwebIom202406Round7: Source = {
  publisher: 'ReliefWeb',
  title: 'Report on the internal displacement situation in Haiti – Round 7 (June 2024)',
  url: 'https://reliefweb.int/report/haiti/haiti-report-internal-displacement-situation-haiti-round-7-june-2024',
  quote:
    'indicated that 362,551 people were internally displaced / indicates the presence of 578,074 internally displaced people',
  confidence: 'H',
  via: 'IOM',
};

/** `actual-news-afp-2024-09-displaced` */
export const actualNewsAfp202409Displaced: Source = {
  publisher: 'Actual News Magazine',
  title: 'More than 700,000 Haitian internally displaced people, half of whom are children',
  url: 'https://actualnewsmagazine.com/english/more-than-700000-haitian-internally-displaced-people-half-of-whom-are-children',
  quote: 'recorded exactly 702,973 displaced people',
  confidence: 'M',
  via: 'AFP',
};

/** `anews-2025-06-11-record-displacement` */
export const anews20250611RecordDisplacement: Source = {
  publisher: 'A News',
  title: 'Haiti faces record displacement crisis as violence escalates',
  url: 'https://www.anews.com.tr/world/2025/06/11/haiti-faces-record-displacement-crisis-as-violence-escalates',
  published: '2025-06-11',
  quote: 'has reached nearly 1.3 million, marking a 24% increase since December 2024',
  confidence: 'M',
  via: 'Anadolu',
};

/** `caribbean-times-2025-09-binuh-displaced` */
export const caribbeanTimes202509BinuhDisplaced: Source = {
  publisher: 'Caribbean Times',
  // The address is a bare post number.
  title: 'Report on displacement in Haiti citing BINUH (headline not recorded)',
  url: 'https://caribbeantimes.com/?p=49836',
  quote: 'at least 1,400,000 people were displaced in Haiti as of September 30',
  confidence: 'M',
};

/** `news-ghana-2025-10-displacement-record` */
export const newsGhana202510DisplacementRecord: Source = {
  publisher: 'News Ghana',
  title: 'Haiti displacement crisis hits record 1.4 million as violence spreads',
  url: 'https://www.newsghana.com.gh/haiti-displacement-crisis-hits-record-1-4-million-as-violence-spreads/',
  quote: 'represents a 36 percent increase since December 2024',
  confidence: 'M',
};

export const displaced202312: Displacement = {
  date: '2023-12',
  idps: { kind: 'exact', value: 315000, sources: ['donare-iom-2025-01-one-million-displaced'] },
};

export const displaced202403: Displacement = {
  date: '2024-03',
  idps: { kind: 'exact', value: 362551, sources: ['reliefweb-iom-2024-06-round-7'] },
  label: t('IOM DTM Round 6', 'OIM DTM Round 6', 'OIM DTM Wonn 6', 'OIM DTM Ronda 6'),
};

export const displaced202406: Displacement = {
  date: '2024-06',
  idps: { kind: 'exact', value: 578074, sources: ['reliefweb-iom-2024-06-round-7'] },
  label: t('IOM DTM Round 7', 'OIM DTM Round 7', 'OIM DTM Wonn 7', 'OIM DTM Ronda 7'),
};

export const displaced202409: Displacement = {
  date: '2024-09',
  idps: { kind: 'exact', value: 702973, sources: ['actual-news-afp-2024-09-displaced'] },
};

export const displaced202412: Displacement = {
  date: '2024-12',
  idps: { kind: 'exact', value: 1041000, sources: ['donare-iom-2025-01-one-million-displaced'] },
  published: '2025-01-14',
};

export const displaced202506: Displacement = {
  date: '2025-06',
  idps: {
    kind: 'approximate',
    qualifier: 'nearly',
    value: 1300000,
    sources: ['anews-2025-06-11-record-displacement'],
  },
  note: 'A 24% increase since December 2024.',
};

export const displaced20250930: Displacement = {
  date: '2025-09-30',
  idps: {
    kind: 'approximate',
    qualifier: 'at-least',
    value: 1400000,
    sources: ['caribbean-times-2025-09-binuh-displaced'],
  },
  label: 'BINUH',
};

export const displaced202510: Displacement = {
  date: '2025-10',
  idps: {
    kind: 'approximate',
    qualifier: 'more-than',
    value: 1400000,
    sources: ['news-ghana-2025-10-displacement-record'],
  },
  note: 'A 36% increase since December 2024.',
};

/** Every count, in the order of the dataset. */
export const displacement: Displacement[] = [displaced202312, displaced202403, displaced202406, displaced202409, displaced202412, displaced202506, displaced20250930, displaced202510];
