// Written by scripts/build-defaults.mjs from the dataset; do not edit: run `node scripts/build-defaults.mjs`.
import type { MssDataset } from '../types.js';
import { meta, seedArticle } from '../dataset/meta.js';
import {
  leNouvelliste202407FirstContingent,
  independentAp202407SecondContingent,
  eagleNewsFeed20240930MissionRenewed,
} from '../dataset/shared-sources.js';
import {
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
  deployments,
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
  pledges,
} from '../dataset/pledges.js';
import { legalbriefReuters202501KenyaReinforcements, plannedStrength, pledgedTotal } from '../dataset/references.js';
import { businessdayReuters20251209UnExpandsMission, headCount20251208 } from '../dataset/strength.js';

/**
 * The default data of <mss-pledges-chart>: the records whose removal would change what it shows, and exactly
 * the sources they cite; sections it does not read are empty.
 */
export const pledgesDefault: MssDataset = {
  meta,
  sources: {
    'seed-article': seedArticle,
    'diaspora-messenger-2024-06-flag-off': diasporaMessenger202406FlagOff,
    'le-nouvelliste-2024-07-first-contingent': leNouvelliste202407FirstContingent,
    'independent-ap-2024-07-second-contingent': independentAp202407SecondContingent,
    'haitilibre-2024-07-second-contingent': haitilibre202407SecondContingent,
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
  },
  deployments: deployments,
  pledges: pledges,
  references: [plannedStrength, pledgedTotal],
  strength: [headCount20251208],
  displacement: [],
  casualties: [],
  funding: [],
  milestones: [],
  seedClaims: [],
};
