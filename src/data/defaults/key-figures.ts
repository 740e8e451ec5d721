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
  diasporaMessenger202406FlagOff,
  jamaicaObserver20240913Contingent,
  prensaLatina202409JamaicaBelize,
  kahawatungu202410BahamasAdvanceTeam,
  haitiChronicle202501GuatemalanSalvadoranSoldiers,
  kdrtv202512FifthContingent,
  ke1,
  jm1,
  bz1,
  bs1,
  gt1,
  sv1,
  ke5,
} from '../dataset/deployments.js';
import {
  tuko202502FourthContingent,
  steningSimpson202406KenyanPoliceLand,
  reuters20240229Pledges,
  radioJamaica202402Benin2000,
  breakingLatest202308CaribbeanPledges,
  bdnews24ReutersBelizePledge,
  frontierPostReutersCentralAmericanTroops,
  villageVoice20230927AntiguaBarbuda,
  pledgeKE,
  pledgeBJ,
  pledgeJM,
  pledgeBZ,
  pledgeSV,
  pledgeBD,
  pledgeBB,
  pledgeTD,
  pledgeAG,
} from '../dataset/pledges.js';
import { legalbriefReuters202501KenyaReinforcements, plannedStrength, pledgedTotal } from '../dataset/references.js';
import { businessdayReuters20251209UnExpandsMission, headCount20251208 } from '../dataset/strength.js';
import {
  donareIom202501OneMillionDisplaced,
  newsGhana202510DisplacementRecord,
  displaced202312,
  displaced202510,
} from '../dataset/displacement.js';
import {
  pledgeTimesFrance242024Cataclysm,
  haitianTimes20240124UnReport2023,
  menafnKuna2025015600Killed,
  anews202511121247Killed,
  casualties2023,
  casualties2023Homicides,
  casualties2024,
  casualties2025Q3,
} from '../dataset/casualties.js';
import { kbc202502JumaFundingFreeze, pledged202412, received202412, frozen20250204 } from '../dataset/funding.js';

/**
 * The default data of <mss-key-figures>: the records whose removal would change what it shows, and exactly
 * the sources they cite; sections it does not read are empty.
 */
export const keyFiguresDefault: MssDataset = {
  meta,
  sources: {
    'seed-article': seedArticle,
    'diaspora-messenger-2024-06-flag-off': diasporaMessenger202406FlagOff,
    'le-nouvelliste-2024-07-first-contingent': leNouvelliste202407FirstContingent,
    'independent-ap-2024-07-second-contingent': independentAp202407SecondContingent,
    'jamaica-observer-2024-09-13-contingent': jamaicaObserver20240913Contingent,
    'prensa-latina-2024-09-jamaica-belize': prensaLatina202409JamaicaBelize,
    'kahawatungu-2024-10-bahamas-advance-team': kahawatungu202410BahamasAdvanceTeam,
    'haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers': haitiChronicle202501GuatemalanSalvadoranSoldiers,
    'kdrtv-2025-12-fifth-contingent': kdrtv202512FifthContingent,
    'tuko-2025-02-fourth-contingent': tuko202502FourthContingent,
    'stening-simpson-2024-06-kenyan-police-land': steningSimpson202406KenyanPoliceLand,
    'reuters-2024-02-29-pledges': reuters20240229Pledges,
    'radio-jamaica-2024-02-benin-2000': radioJamaica202402Benin2000,
    'breaking-latest-2023-08-caribbean-pledges': breakingLatest202308CaribbeanPledges,
    'bdnews24-reuters-belize-pledge': bdnews24ReutersBelizePledge,
    'frontier-post-reuters-central-american-troops': frontierPostReutersCentralAmericanTroops,
    'village-voice-2023-09-27-antigua-barbuda': villageVoice20230927AntiguaBarbuda,
    'eagle-news-feed-2024-09-30-mission-renewed': eagleNewsFeed20240930MissionRenewed,
    'legalbrief-reuters-2025-01-kenya-reinforcements': legalbriefReuters202501KenyaReinforcements,
    'businessday-reuters-2025-12-09-un-expands-mission': businessdayReuters20251209UnExpandsMission,
    'donare-iom-2025-01-one-million-displaced': donareIom202501OneMillionDisplaced,
    'news-ghana-2025-10-displacement-record': newsGhana202510DisplacementRecord,
    'pledge-times-france24-2024-cataclysm': pledgeTimesFrance242024Cataclysm,
    'haitian-times-2024-01-24-un-report-2023': haitianTimes20240124UnReport2023,
    'menafn-kuna-2025-01-5600-killed': menafnKuna2025015600Killed,
    'anews-2025-11-12-1247-killed': anews202511121247Killed,
    'kbc-2025-02-juma-funding-freeze': kbc202502JumaFundingFreeze,
    'urdupoint-afp-2025-02-us-freezes-funding': urdupointAfp202502UsFreezesFunding,
  },
  deployments: [ke1, jm1, bz1, bs1, gt1, sv1, ke5],
  pledges: [pledgeKE, pledgeBJ, pledgeJM, pledgeBZ, pledgeSV, pledgeBD, pledgeBB, pledgeTD, pledgeAG],
  references: [plannedStrength, pledgedTotal],
  strength: [headCount20251208],
  displacement: [displaced202312, displaced202510],
  casualties: [casualties2023, casualties2023Homicides, casualties2024, casualties2025Q3],
  funding: [pledged202412, received202412, frozen20250204],
  milestones: [],
  seedClaims: [],
};
