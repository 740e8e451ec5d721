// Written by scripts/build-defaults.mjs from the dataset; do not edit: run `node scripts/build-defaults.mjs`.
import type { MssDataset } from '../types.js';
import { meta, seedArticle } from '../dataset/meta.js';
import {
  pledgeTimesFrance242024Cataclysm,
  haitianTimes20240124UnReport2023,
  telesur202407FirstHalfMostViolent,
  menafnKuna2025015600Killed,
  digitalJournalAfp202409273661Killed,
  lactualite2024Q2Binuh,
  viNews2024Q3SurgeInViolence,
  donare202501HumanRightsGrim,
  africanews20250803HumanRightsWorrying,
  haitiChronicle2025041617Dead,
  caribbeanTimes2025Q21520Killed,
  anews202511121247Killed,
  casualties,
} from '../dataset/casualties.js';
import { claimKilled3600, claimChildrenKilled100 } from '../dataset/seed-claims.js';

/**
 * The default data of <mss-casualties-chart>: the records whose removal would change what it shows, and exactly
 * the sources they cite; sections it does not read are empty.
 */
export const casualtiesDefault: MssDataset = {
  meta,
  sources: {
    'seed-article': seedArticle,
    'pledge-times-france24-2024-cataclysm': pledgeTimesFrance242024Cataclysm,
    'haitian-times-2024-01-24-un-report-2023': haitianTimes20240124UnReport2023,
    'telesur-2024-07-first-half-most-violent': telesur202407FirstHalfMostViolent,
    'menafn-kuna-2025-01-5600-killed': menafnKuna2025015600Killed,
    'digital-journal-afp-2024-09-27-3661-killed': digitalJournalAfp202409273661Killed,
    'lactualite-2024-q2-binuh': lactualite2024Q2Binuh,
    'vi-news-2024-q3-surge-in-violence': viNews2024Q3SurgeInViolence,
    'donare-2025-01-human-rights-grim': donare202501HumanRightsGrim,
    'africanews-2025-08-03-human-rights-worrying': africanews20250803HumanRightsWorrying,
    'haiti-chronicle-2025-04-1617-dead': haitiChronicle2025041617Dead,
    'caribbean-times-2025-q2-1520-killed': caribbeanTimes2025Q21520Killed,
    'anews-2025-11-12-1247-killed': anews202511121247Killed,
  },
  deployments: [],
  pledges: [],
  references: [],
  strength: [],
  displacement: [],
  casualties: casualties,
  funding: [],
  milestones: [],
  seedClaims: [claimKilled3600, claimChildrenKilled100],
};
