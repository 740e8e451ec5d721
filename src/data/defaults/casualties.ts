import type { MssDataset } from '../types.js';
import { meta, seedArticle } from '../dataset/meta.js';
import {
  casualties,
  haitianTimes20240124UnReport2023,
  pledgeTimesFrance242024Cataclysm,
  telesur202407FirstHalfMostViolent,
  lactualite2024Q2Binuh,
  digitalJournalAfp202409273661Killed,
  viNews2024Q3SurgeInViolence,
  donare202501HumanRightsGrim,
  menafnKuna2025015600Killed,
  haitiChronicle2025041617Dead,
  caribbeanTimes2025Q21520Killed,
  africanews20250803HumanRightsWorrying,
  anews202511121247Killed,
} from '../dataset/casualties.js';
import { claimKilled3600, claimChildrenKilled100 } from '../dataset/seed-claims.js';

/**
 * The default data of <mss-casualties-chart>: every casualty count, and the seed article's claims about the killed.
 * With the sources these cite and no others; sections it does not chart are empty.
 */
export const casualtiesDefault: MssDataset = {
  meta,
  sources: {
    'seed-article': seedArticle,
    'haitian-times-2024-01-24-un-report-2023': haitianTimes20240124UnReport2023,
    'pledge-times-france24-2024-cataclysm': pledgeTimesFrance242024Cataclysm,
    'telesur-2024-07-first-half-most-violent': telesur202407FirstHalfMostViolent,
    'lactualite-2024-q2-binuh': lactualite2024Q2Binuh,
    'digital-journal-afp-2024-09-27-3661-killed': digitalJournalAfp202409273661Killed,
    'vi-news-2024-q3-surge-in-violence': viNews2024Q3SurgeInViolence,
    'donare-2025-01-human-rights-grim': donare202501HumanRightsGrim,
    'menafn-kuna-2025-01-5600-killed': menafnKuna2025015600Killed,
    'haiti-chronicle-2025-04-1617-dead': haitiChronicle2025041617Dead,
    'caribbean-times-2025-q2-1520-killed': caribbeanTimes2025Q21520Killed,
    'africanews-2025-08-03-human-rights-worrying': africanews20250803HumanRightsWorrying,
    'anews-2025-11-12-1247-killed': anews202511121247Killed,
  },
  deployments: [],
  pledges: [],
  references: [],
  strength: [],
  displacement: [],
  casualties,
  funding: [],
  milestones: [],
  seedClaims: [claimKilled3600, claimChildrenKilled100],
};
