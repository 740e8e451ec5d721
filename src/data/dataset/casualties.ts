/** People killed (or killed or injured) in Haiti per period, as the UN counted them. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { Casualty, Source } from '../types.js';
import { t } from './text.js';

// Sources cited here (and possibly by another section, whose elements load this module anyway).

/** `haitian-times-2024-01-24-un-report-2023` */
export const haitianTimes20240124UnReport2023: Source = {
  publisher: 'The Haitian Times',
  // The address reads "un-report-haiti-2023".
  title: 'UN report on Haiti in 2023 (headline not recorded)',
  url: 'https://haitiantimes.com/2024/01/24/un-report-haiti-2023/',
  published: '2024-01-24',
  quote: 'the United Nations says 4,789 people were killed',
  confidence: 'H',
};

/** `pledge-times-france24-2024-cataclysm` */
export const pledgeTimesFrance242024Cataclysm: Source = {
  publisher: 'Pledge Times',
  title: 'Cataclysm in Haiti: more than 1,500 people have been murdered so far in 2024',
  url: 'https://pledgetimes.com/cataclysm-in-haiti-more-than-1500-people-have-been-murdered-so-far-in-2024/',
  quote: 'That year, 4,451 murders were documented.',
  confidence: 'M',
  via: 'France 24',
};

/** `telesur-2024-07-first-half-most-violent` */
export const telesur202407FirstHalfMostViolent: Source = {
  publisher: 'teleSUR English',
  title: 'UN marks first half of 2024 as most violent in Haiti',
  url: 'https://www.telesurenglish.net/un-marks-first-half-of-2024-as-most-violent-in-haiti/',
  quote:
    'the last quarter of 2023, when 1,104 murders were recorded / 1,660 people ... were killed and 845 were injured',
  // The reference table rates the quarter-1 quote H and the quarter-4 quote M; one confidence per
  // source, so the lower one.
  confidence: 'M',
};

/** `lactualite-2024-q2-binuh` */
export const lactualite2024Q2Binuh: Source = {
  publisher: "L'Actualité",
  title: 'Violence en Haïti : 1379 victimes au 2e trimestre 2024 selon le BINUH',
  url: 'https://lactualite.info/violence-en-haiti-1379-victimes-au-2e-trimestre-2024-selon-le-binuh',
  quote: '1379 personnes ont été tuées ou blessées',
  confidence: 'M',
};

/** `digital-journal-afp-2024-09-27-3661-killed` */
export const digitalJournalAfp202409273661Killed: Source = {
  publisher: 'Digital Journal',
  title: 'At least 3,661 killed this year in Haiti violence: UN',
  url: 'https://www.digitaljournal.com/world/at-least-3661-killed-this-year-in-haiti-violence-un/article',
  published: '2024-09-27',
  quote: 'at least 3,661 people have been killed since January this year',
  confidence: 'H',
  via: 'AFP',
};

/** `vi-news-2024-q3-surge-in-violence` */
export const viNews2024Q3SurgeInViolence: Source = {
  publisher: 'VI News',
  title: 'UN reports surge in violence as gangs tighten control in Haiti',
  url: 'https://www.vinews.org/posts/un-reports-surge-in-violence-as-gangs-tighten-control-in-haiti',
  quote: 'out of the 1,223 reported killings in the third trimester',
  confidence: 'M',
};

/** `donare-2025-01-human-rights-grim` */
export const donare202501HumanRightsGrim: Source = {
  publisher: 'donare.info',
  title: 'Haiti: human rights situation remains grim amid brutal gang violence',
  url: 'https://donare.info/en/news/haiti_human_rights_situation_remains_grim_amid_brutal_gang_violence',
  quote: 'at least 1,732 people were killed and 411 injured',
  confidence: 'M',
};

/** `menafn-kuna-2025-01-5600-killed` */
export const menafnKuna2025015600Killed: Source = {
  publisher: 'MENAFN',
  title: "UN Figures: Over 5,600 Killed In Gang Violence In '24 In Haiti",
  url: 'https://menafn.com/1109063799/UN-Figures-Over-5600-Killed-In-Gang-Violence-In-24-In-Haiti',
  quote: 'at least 5,601 people were killed last year',
  confidence: 'H',
  via: 'KUNA',
};

/** `haiti-chronicle-2025-04-1617-dead` */
export const haitiChronicle2025041617Dead: Source = {
  publisher: 'Haiti Chronicle',
  title: '1,617 dead in 3 months: a bloody toll according to BINUH',
  url: 'https://haitichronicle.com/1617-dead-in-3-months-a-bloody-toll-according-to-binuh/',
  quote: '1,617 people were killed in Haiti between January and March 2025',
  confidence: 'H',
};

/** `caribbean-times-2025-q2-1520-killed` */
export const caribbeanTimes2025Q21520Killed: Source = {
  publisher: 'Caribbean Times',
  title: 'Haiti: more than 1,500 people killed during the second quarter of 2025',
  url: 'https://caribbeantimes.com/haiti-more-than-1500-people-killed-during-the-second-quarter-of-2025',
  quote: 'at least 1,520 people were killed and 609 injured',
  confidence: 'H',
};

/** `africanews-2025-08-03-human-rights-worrying` */
export const africanews20250803HumanRightsWorrying: Source = {
  publisher: 'Africanews',
  title: 'UN says human rights situation in Haiti is extremely worrying',
  url: 'https://www.africanews.com/2025/08/03/un-says-human-rights-situation-in-haiti-is-extremely-worrying',
  published: '2025-08-03',
  quote: 'more than 4,800 people across Haiti were killed by gang violence',
  confidence: 'M',
};

/** `anews-2025-11-12-1247-killed` */
export const anews202511121247Killed: Source = {
  publisher: 'A News',
  title: '1,247 killed in Haiti between July and September: UN report',
  url: 'https://www.anews.com.tr/world/2025/11/12/1247-killed-in-haiti-between-july-and-september-un-report',
  published: '2025-11-12',
  quote: 'documenting 1,247 murders and 710 injuries between July and September',
  confidence: 'H',
  via: 'Anadolu',
};

// 2023 has two UN counts of two different things: homicides from Haitian police data (in the UN
// Secretary-General's report) and killings documented by OHCHR. Each is a record in its own metric, so
// no chart or sentence reads one as a disputed value of the other.
export const casualties2023: Casualty = {
  id: '2023',
  period: { from: '2023-01', to: '2023-12', grain: 'year' },
  metric: 'killed',
  count: { kind: 'exact', value: 4451, sources: ['pledge-times-france24-2024-cataclysm'] },
  note: t(
    'Killings documented by the UN human rights office (OHCHR).',
    'Meurtres documentés par le Haut-Commissariat des Nations unies aux droits de l’homme (HCDH).',
    'Asasina biwo dwa moun ONI a (OHCHR) dokimante.',
    'Asesinatos documentados por la oficina de derechos humanos de la ONU (ACNUDH).',
  ),
};

export const casualties2023Homicides: Casualty = {
  id: '2023-homicides',
  period: { from: '2023-01', to: '2023-12', grain: 'year' },
  metric: 'homicides',
  count: { kind: 'exact', value: 4789, sources: ['haitian-times-2024-01-24-un-report-2023'] },
  note: t(
    "From Haitian police data, in the UN Secretary-General's report.",
    'Selon les données de la police haïtienne, dans le rapport du Secrétaire général de l’ONU.',
    'Dapre done polis ayisyen an, nan rapò Sekretè jeneral ONI a.',
    'Según datos de la policía haitiana, en el informe del secretario general de la ONU.',
  ),
};

export const casualties2023Q4: Casualty = {
  id: '2023-q4',
  period: { from: '2023-10', to: '2023-12', grain: 'quarter' },
  metric: 'killed',
  count: { kind: 'exact', value: 1104, sources: ['telesur-2024-07-first-half-most-violent'] },
};

export const casualties2024: Casualty = {
  id: '2024',
  period: { from: '2024-01', to: '2024-12', grain: 'year' },
  metric: 'killed',
  // No record-level date: 7 January 2025 is the date of OHCHR's 5,601 only. The later BINUH count of
  // 5,626 is listed beside the MENAFN (KUNA) report, whose quote gives only 5,601, and no dated report of
  // it was found; it must not read as published on 7 January 2025.
  count: {
    kind: 'disputed',
    reports: [
      {
        kind: 'approximate',
        qualifier: 'at-least',
        value: 5601,
        sources: ['menafn-kuna-2025-01-5600-killed'],
        note: t('OHCHR, 7 January 2025.', 'HCDH, 7 janvier 2025.', 'OHCHR, 7 janvye 2025.', 'ACNUDH, 7 de enero de 2025.'),
      },
      {
        kind: 'exact',
        value: 5626,
        sources: ['menafn-kuna-2025-01-5600-killed'],
        note: t(
          'Later BINUH count, undated; the MENAFN (KUNA) report is quoted only for 5,601.',
          'Décompte ultérieur du BINUH, sans date ; le texte cité de MENAFN (KUNA) ne donne que 5\u202f601.',
          'Kont BINUH te fè apre, san dat; tèks MENAFN (KUNA) nou site a bay sèlman 5\u202f601.',
          'Recuento posterior de la BINUH, sin fecha; el texto citado de MENAFN (KUNA) solo da 5601.',
        ),
      },
    ],
  },
};

export const casualties2024JanSep: Casualty = {
  id: '2024-jan-sep',
  period: { from: '2024-01', to: '2024-09', grain: 'span' },
  metric: 'killed',
  count: {
    kind: 'approximate',
    qualifier: 'at-least',
    value: 3661,
    sources: ['digital-journal-afp-2024-09-27-3661-killed'],
  },
  published: '2024-09-27',
  note: 'Since the start of 2024, up to the report of 27 September 2024.',
};

export const casualties2024Q1: Casualty = {
  id: '2024-q1',
  period: { from: '2024-01', to: '2024-03', grain: 'quarter' },
  metric: 'killed',
  count: { kind: 'exact', value: 1660, sources: ['telesur-2024-07-first-half-most-violent'] },
  injured: { kind: 'exact', value: 845, sources: ['telesur-2024-07-first-half-most-violent'] },
};

export const casualties2024Q2: Casualty = {
  id: '2024-q2',
  period: { from: '2024-04', to: '2024-06', grain: 'quarter' },
  metric: 'killed-or-injured',
  count: { kind: 'exact', value: 1379, sources: ['lactualite-2024-q2-binuh'] },
  note: 'Killed and injured together; the report found gives no separate count of the killed.',
};

export const casualties2024Q3: Casualty = {
  id: '2024-q3',
  period: { from: '2024-07', to: '2024-09', grain: 'quarter' },
  metric: 'killed',
  count: { kind: 'exact', value: 1223, sources: ['vi-news-2024-q3-surge-in-violence'] },
};

export const casualties2024Q4: Casualty = {
  id: '2024-q4',
  period: { from: '2024-10', to: '2024-12', grain: 'quarter' },
  metric: 'killed',
  // "At least 1,732 people were killed and 411 injured": the UN's "at least" covers both counts of
  // the clause (documented cases are minimums), so both stay approximate.
  count: { kind: 'approximate', qualifier: 'at-least', value: 1732, sources: ['donare-2025-01-human-rights-grim'] },
  injured: { kind: 'approximate', qualifier: 'at-least', value: 411, sources: ['donare-2025-01-human-rights-grim'] },
};

export const casualties202410To202506: Casualty = {
  id: '2024-10-to-2025-06',
  period: { from: '2024-10', to: '2025-06', grain: 'span' },
  metric: 'killed',
  count: {
    kind: 'approximate',
    qualifier: 'more-than',
    value: 4800,
    sources: ['africanews-2025-08-03-human-rights-worrying'],
  },
  note: 'Killed by gang violence.',
};

export const casualties2025Q1: Casualty = {
  id: '2025-q1',
  period: { from: '2025-01', to: '2025-03', grain: 'quarter' },
  metric: 'killed',
  count: { kind: 'exact', value: 1617, sources: ['haiti-chronicle-2025-04-1617-dead'] },
};

export const casualties2025Q2: Casualty = {
  id: '2025-q2',
  period: { from: '2025-04', to: '2025-06', grain: 'quarter' },
  metric: 'killed',
  // Same construction as 2024 Q4: "at least" covers the injured too.
  count: {
    kind: 'approximate',
    qualifier: 'at-least',
    value: 1520,
    sources: ['caribbean-times-2025-q2-1520-killed'],
  },
  injured: {
    kind: 'approximate',
    qualifier: 'at-least',
    value: 609,
    sources: ['caribbean-times-2025-q2-1520-killed'],
  },
};

export const casualties2025Q3: Casualty = {
  id: '2025-q3',
  period: { from: '2025-07', to: '2025-09', grain: 'quarter' },
  metric: 'killed',
  count: { kind: 'exact', value: 1247, sources: ['anews-2025-11-12-1247-killed'] },
  injured: { kind: 'exact', value: 710, sources: ['anews-2025-11-12-1247-killed'] },
};

/** Every count, in the order of the dataset. */
export const casualties: Casualty[] = [casualties2023, casualties2023Homicides, casualties2023Q4, casualties2024, casualties2024JanSep, casualties2024Q1, casualties2024Q2, casualties2024Q3, casualties2024Q4, casualties202410To202506, casualties2025Q1, casualties2025Q2, casualties2025Q3];
