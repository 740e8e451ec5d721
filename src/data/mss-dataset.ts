/**
 * The default dataset: every figure reported about the Multinational Security Support (MSS) mission in
 * Haiti that this package charts, each with the sources that published it.
 *
 * Rules the data follows (a figure that breaks one is a bug):
 * - Figures are stored as the sources wrote them: never rounded, never summed into a "best" value.
 *   "nearly", "at least", "more than", "around" stay approximate with their qualifier.
 * - Where sources disagree, the figure is `disputed` and keeps every value with its own sources.
 * - A pledge whose size was never made public is `undisclosed`, never zero.
 * - `quote` is copied verbatim from the article; where one article gives several figures, its quotes are
 *   joined with " / ".
 * - Titles are headlines. Where the headline was not recorded, the title is the headline as it reads in
 *   the article's address, or says plainly that it was not recorded.
 * - Notes are in English only; labels, milestone texts and the title are translated (fr, ht, es).
 *
 * The records and sources live in `dataset/`, one module per section, so that each element's default data
 * (`defaults/`) bundles only what it charts; this module puts them together again, in their original order.
 */
import type { MssDataset } from './types.js';
import { meta, seedArticle } from './dataset/meta.js';
import {
  leNouvelliste202407FirstContingent,
  independentAp202407SecondContingent,
  eagleNewsFeed20240930MissionRenewed,
  urdupointAfp202502UsFreezesFunding,
} from './dataset/shared-sources.js';
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
} from './dataset/deployments.js';
import {
  tuko202502FourthContingent,
  reuters20240229Pledges,
  radioJamaica202402Benin2000,
  breakingLatest202308CaribbeanPledges,
  bdnews24ReutersBelizePledge,
  frontierPostReutersCentralAmericanTroops,
  villageVoice20230927AntiguaBarbuda,
  steningSimpson202406KenyanPoliceLand,
  pledges,
} from './dataset/pledges.js';
import { legalbriefReuters202501KenyaReinforcements, references } from './dataset/references.js';
import {
  hchEfe20250204SalvadoranTroops,
  nycaribnews202506ShortOfTroops,
  am1Lemonde202509MissionEnds,
  businessdayReuters20251209UnExpandsMission,
  strength,
} from './dataset/strength.js';
import {
  donareIom202501OneMillionDisplaced,
  reliefwebIom202406Round7,
  actualNewsAfp202409Displaced,
  anews20250611RecordDisplacement,
  caribbeanTimes202509BinuhDisplaced,
  newsGhana202510DisplacementRecord,
  displacement,
} from './dataset/displacement.js';
import {
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
  casualties,
} from './dataset/casualties.js';
import { oeMag202404SevenCountries, kbc202502JumaFundingFreeze, funding } from './dataset/funding.js';
import {
  unPressSc1543220231002,
  menafnIans202509GangSuppressionForce,
  kdrtv202510NewMilitaryForce,
  milestones,
} from './dataset/milestones.js';
import { seedClaims } from './dataset/seed-claims.js';

export const mssDataset: MssDataset = {
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
    'hch-efe-2025-02-04-salvadoran-troops': hchEfe20250204SalvadoranTroops,
    'nycaribnews-2025-06-short-of-troops': nycaribnews202506ShortOfTroops,
    'am1-lemonde-2025-09-mission-ends': am1Lemonde202509MissionEnds,
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
    'reliefweb-iom-2024-06-round-7': reliefwebIom202406Round7,
    'actual-news-afp-2024-09-displaced': actualNewsAfp202409Displaced,
    'anews-2025-06-11-record-displacement': anews20250611RecordDisplacement,
    'caribbean-times-2025-09-binuh-displaced': caribbeanTimes202509BinuhDisplaced,
    'news-ghana-2025-10-displacement-record': newsGhana202510DisplacementRecord,
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
    'oe-mag-2024-04-seven-countries': oeMag202404SevenCountries,
    'kbc-2025-02-juma-funding-freeze': kbc202502JumaFundingFreeze,
    'urdupoint-afp-2025-02-us-freezes-funding': urdupointAfp202502UsFreezesFunding,
    'un-press-sc15432-2023-10-02': unPressSc1543220231002,
    'menafn-ians-2025-09-gang-suppression-force': menafnIans202509GangSuppressionForce,
    'kdrtv-2025-10-new-military-force': kdrtv202510NewMilitaryForce,
  },
  deployments,
  pledges,
  references,
  strength,
  displacement,
  casualties,
  funding,
  milestones,
  seedClaims,
};
