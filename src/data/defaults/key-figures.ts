import type { MssDataset } from '../types.js';
import { meta, seedArticle } from '../dataset/meta.js';
import {
  leNouvelliste202407FirstContingent,
  independentAp202407SecondContingent,
  eagleNewsFeed20240930MissionRenewed,
  urdupointAfp202502UsFreezesFunding,
} from '../dataset/shared-sources.js';
import {
  deployments,
  diasporaMessenger202406FlagOff,
  haitilibre202407SecondContingent,
  jamaicaObserver20240913Contingent,
  prensaLatina202409JamaicaBelize,
  kahawatungu202410BahamasAdvanceTeam,
  tribune24220250224RbdfTeamReturns,
  haitiChronicle202501GuatemalanSalvadoranSoldiers,
  trinidadGuardian202501SecondGuatemalanGroup,
  kahawatungu20250118ThirdContingent,
  radioTeleDromage202502SalvadoranSoldiers,
  kenyans202502144Officers,
  buzzingHubAp202502FourthContingent,
  kdrtv202512FifthContingent,
} from '../dataset/deployments.js';
import {
  pledges,
  tuko202502FourthContingent,
  reuters20240229Pledges,
  radioJamaica202402Benin2000,
  breakingLatest202308CaribbeanPledges,
  bdnews24ReutersBelizePledge,
  frontierPostReutersCentralAmericanTroops,
  villageVoice20230927AntiguaBarbuda,
  steningSimpson202406KenyanPoliceLand,
} from '../dataset/pledges.js';
import { plannedStrength, pledgedTotal, legalbriefReuters202501KenyaReinforcements } from '../dataset/references.js';
import { headCount20251208, businessdayReuters20251209UnExpandsMission } from '../dataset/strength.js';
import {
  displaced202312,
  displaced202510,
  donareIom202501OneMillionDisplaced,
  newsGhana202510DisplacementRecord,
} from '../dataset/displacement.js';
import {
  casualties2023,
  casualties2023Homicides,
  casualties2024,
  casualties2025Q3,
  haitianTimes20240124UnReport2023,
  pledgeTimesFrance242024Cataclysm,
  menafnKuna2025015600Killed,
  anews202511121247Killed,
} from '../dataset/casualties.js';
import { pledged202412, received202412, frozen20250204, kbc202502JumaFundingFreeze } from '../dataset/funding.js';

/**
 * The default data of <mss-key-figures>: what each card reads: every arrival and pledge (contingents), the newest
 * head-count of the whole force and the planned strength (deployed), the pledge total (pledged), the earliest and
 * newest displacement counts (displaced), the yearly counts of the killed with the other metric's count of the same year, and the newest quarter (killed-…), and
 * the newest receipts with their pledge total and the freeze after them (funding). With the sources these cite and
 * no others; sections it does not chart are empty.
 */
export const keyFiguresDefault: MssDataset = {
  meta,
  sources: {
    'seed-article': seedArticle,
    'diaspora-messenger-2024-06-flag-off': diasporaMessenger202406FlagOff,
    'le-nouvelliste-2024-07-first-contingent': leNouvelliste202407FirstContingent,
    'haitilibre-2024-07-second-contingent': haitilibre202407SecondContingent,
    'independent-ap-2024-07-second-contingent': independentAp202407SecondContingent,
    'jamaica-observer-2024-09-13-contingent': jamaicaObserver20240913Contingent,
    'prensa-latina-2024-09-jamaica-belize': prensaLatina202409JamaicaBelize,
    'kahawatungu-2024-10-bahamas-advance-team': kahawatungu202410BahamasAdvanceTeam,
    'tribune242-2025-02-24-rbdf-team-returns': tribune24220250224RbdfTeamReturns,
    'haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers': haitiChronicle202501GuatemalanSalvadoranSoldiers,
    'trinidad-guardian-2025-01-second-guatemalan-group': trinidadGuardian202501SecondGuatemalanGroup,
    'kahawatungu-2025-01-18-third-contingent': kahawatungu20250118ThirdContingent,
    'radio-tele-dromage-2025-02-salvadoran-soldiers': radioTeleDromage202502SalvadoranSoldiers,
    'kenyans-2025-02-144-officers': kenyans202502144Officers,
    'buzzing-hub-ap-2025-02-fourth-contingent': buzzingHubAp202502FourthContingent,
    'kdrtv-2025-12-fifth-contingent': kdrtv202512FifthContingent,
    'businessday-reuters-2025-12-09-un-expands-mission': businessdayReuters20251209UnExpandsMission,
    'tuko-2025-02-fourth-contingent': tuko202502FourthContingent,
    'reuters-2024-02-29-pledges': reuters20240229Pledges,
    'radio-jamaica-2024-02-benin-2000': radioJamaica202402Benin2000,
    'breaking-latest-2023-08-caribbean-pledges': breakingLatest202308CaribbeanPledges,
    'bdnews24-reuters-belize-pledge': bdnews24ReutersBelizePledge,
    'frontier-post-reuters-central-american-troops': frontierPostReutersCentralAmericanTroops,
    'village-voice-2023-09-27-antigua-barbuda': villageVoice20230927AntiguaBarbuda,
    'legalbrief-reuters-2025-01-kenya-reinforcements': legalbriefReuters202501KenyaReinforcements,
    'stening-simpson-2024-06-kenyan-police-land': steningSimpson202406KenyanPoliceLand,
    'eagle-news-feed-2024-09-30-mission-renewed': eagleNewsFeed20240930MissionRenewed,
    'donare-iom-2025-01-one-million-displaced': donareIom202501OneMillionDisplaced,
    'news-ghana-2025-10-displacement-record': newsGhana202510DisplacementRecord,
    'haitian-times-2024-01-24-un-report-2023': haitianTimes20240124UnReport2023,
    'pledge-times-france24-2024-cataclysm': pledgeTimesFrance242024Cataclysm,
    'menafn-kuna-2025-01-5600-killed': menafnKuna2025015600Killed,
    'anews-2025-11-12-1247-killed': anews202511121247Killed,
    'kbc-2025-02-juma-funding-freeze': kbc202502JumaFundingFreeze,
    'urdupoint-afp-2025-02-us-freezes-funding': urdupointAfp202502UsFreezesFunding,
  },
  deployments,
  pledges,
  references: [plannedStrength, pledgedTotal],
  strength: [headCount20251208],
  displacement: [displaced202312, displaced202510],
  casualties: [casualties2023, casualties2023Homicides, casualties2024, casualties2025Q3],
  funding: [pledged202412, received202412, frozen20250204],
  milestones: [],
  seedClaims: [],
};
