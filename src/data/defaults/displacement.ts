// Written by scripts/build-defaults.mjs from the dataset; do not edit: run `node scripts/build-defaults.mjs`.
import type { MssDataset } from '../types.js';
import { meta, seedArticle } from '../dataset/meta.js';
import {
  leNouvelliste202407FirstContingent,
  independentAp202407SecondContingent,
  eagleNewsFeed20240930MissionRenewed,
  urdupointAfp202502UsFreezesFunding,
} from '../dataset/shared-sources.js';
import {
  donareIom202501OneMillionDisplaced,
  reliefwebIom202406Round7,
  actualNewsAfp202409Displaced,
  anews20250611RecordDisplacement,
  caribbeanTimes202509BinuhDisplaced,
  newsGhana202510DisplacementRecord,
  displacement,
} from '../dataset/displacement.js';
import {
  menafnIans202509GangSuppressionForce,
  kdrtv202510NewMilitaryForce,
  firstContingent,
  mandateRenewed2024,
  usFundingFreeze,
  resolution2793,
  mssMandateExpires,
} from '../dataset/milestones.js';
import { claimDisplaced500000 } from '../dataset/seed-claims.js';

/**
 * The default data of <mss-displacement-chart>: the records whose removal would change what it shows, and exactly
 * the sources they cite; sections it does not read are empty.
 */
export const displacementDefault: MssDataset = {
  meta,
  sources: {
    'seed-article': seedArticle,
    'donare-iom-2025-01-one-million-displaced': donareIom202501OneMillionDisplaced,
    'reliefweb-iom-2024-06-round-7': reliefwebIom202406Round7,
    'actual-news-afp-2024-09-displaced': actualNewsAfp202409Displaced,
    'anews-2025-06-11-record-displacement': anews20250611RecordDisplacement,
    'caribbean-times-2025-09-binuh-displaced': caribbeanTimes202509BinuhDisplaced,
    'news-ghana-2025-10-displacement-record': newsGhana202510DisplacementRecord,
    'le-nouvelliste-2024-07-first-contingent': leNouvelliste202407FirstContingent,
    'independent-ap-2024-07-second-contingent': independentAp202407SecondContingent,
    'eagle-news-feed-2024-09-30-mission-renewed': eagleNewsFeed20240930MissionRenewed,
    'urdupoint-afp-2025-02-us-freezes-funding': urdupointAfp202502UsFreezesFunding,
    'menafn-ians-2025-09-gang-suppression-force': menafnIans202509GangSuppressionForce,
    'kdrtv-2025-10-new-military-force': kdrtv202510NewMilitaryForce,
  },
  deployments: [],
  pledges: [],
  references: [],
  strength: [],
  displacement: displacement,
  casualties: [],
  funding: [],
  milestones: [firstContingent, mandateRenewed2024, usFundingFreeze, resolution2793, mssMandateExpires],
  seedClaims: [claimDisplaced500000],
};
