// Written by scripts/build-defaults.mjs from the dataset; do not edit: run `node scripts/build-defaults.mjs`.
import type { MssDataset } from '../types.js';
import { meta, seedArticle } from '../dataset/meta.js';
import {
  leNouvelliste202407FirstContingent,
  independentAp202407SecondContingent,
  urdupointAfp202502UsFreezesFunding,
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
import { reuters20240229Pledges } from '../dataset/pledges.js';
import { businessdayReuters20251209UnExpandsMission } from '../dataset/strength.js';
import { oeMag202404SevenCountries, kbc202502JumaFundingFreeze, funding } from '../dataset/funding.js';
import {
  unPressSc1543220231002,
  menafnIans202509GangSuppressionForce,
  kdrtv202510NewMilitaryForce,
  milestones,
} from '../dataset/milestones.js';

/**
 * The default data of <mss-timeline>: the records whose removal would change what it shows, and exactly
 * the sources they cite; sections it does not read are empty.
 */
export const timelineDefault: MssDataset = {
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
    'reuters-2024-02-29-pledges': reuters20240229Pledges,
    'oe-mag-2024-04-seven-countries': oeMag202404SevenCountries,
    'kbc-2025-02-juma-funding-freeze': kbc202502JumaFundingFreeze,
    'urdupoint-afp-2025-02-us-freezes-funding': urdupointAfp202502UsFreezesFunding,
    'un-press-sc15432-2023-10-02': unPressSc1543220231002,
    'eagle-news-feed-2024-09-30-mission-renewed': eagleNewsFeed20240930MissionRenewed,
    'menafn-ians-2025-09-gang-suppression-force': menafnIans202509GangSuppressionForce,
    'kdrtv-2025-10-new-military-force': kdrtv202510NewMilitaryForce,
    'businessday-reuters-2025-12-09-un-expands-mission': businessdayReuters20251209UnExpandsMission,
  },
  deployments: deployments,
  pledges: [],
  references: [],
  strength: [],
  displacement: [],
  casualties: [],
  funding: funding,
  milestones: milestones,
  seedClaims: [],
};
