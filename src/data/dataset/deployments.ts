/** Contingent arrivals in Haiti, each with the sources that reported it. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { Deployment, Source } from '../types.js';
import { contingentLabels, t } from './text.js';

// Sources cited here (and possibly by another section, whose elements load this module anyway).

/** `diaspora-messenger-2024-06-flag-off` */
export const diasporaMessenger202406FlagOff: Source = {
  publisher: 'Diaspora Messenger',
  title: '400 Kenyan police officers departing for Haiti given the flag',
  url: 'https://diasporamessenger.com/2024/06/400-kenyan-police-officers-departing-for-haiti-given-the-flag/',
  published: '2024-06',
  quote: '400 officers are now ready to depart for Haiti tomorrow',
  confidence: 'M',
};

/** `haitilibre-2024-07-second-contingent` */
export const haitilibre202407SecondContingent: Source = {
  publisher: 'HaitiLibre',
  title: 'FLASH : A 2nd Kenyan contingent has arrived in Haiti',
  url: 'https://www.haitilibre.com/en/news-42781-haiti-flash-a-2nd-kenyan-contingent-has-arrived-in-haiti.html',
  quote: 'with on board a 2nd Kenyan contingent of around 200 officers',
  confidence: 'H',
};

/** `jamaica-observer-2024-09-13-contingent` */
export const jamaicaObserver20240913Contingent: Source = {
  publisher: 'Jamaica Observer',
  title: 'Jamaican contingent arrives in Haiti',
  url: 'https://jamaicaobserver.com/2024/09/13/jamaican-contingent-arrives-haiti',
  published: '2024-09-13',
  quote: 'consisting of 20 soldiers and four police officers',
  confidence: 'H',
};

/** `prensa-latina-2024-09-jamaica-belize` */
export const prensaLatina202409JamaicaBelize: Source = {
  publisher: 'Prensa Latina',
  title: 'Jamaican and Belizean forces arrive in Haiti to reinforce Kenya-led MSS',
  url: 'https://vocesdelsur.prensa-latina.cu/jamaican-and-belizean-forces-arrive-in-haiti-to-reinforce-kenya-led-mss',
  quote:
    'Belize deployed two military officers from its commitment of 50 personnel. / 24 out of the 250 military-police personnel pledged to the MSS',
  confidence: 'M',
};

/** `kahawatungu-2024-10-bahamas-advance-team` */
export const kahawatungu202410BahamasAdvanceTeam: Source = {
  publisher: 'Kahawatungu',
  // Wording kept as in the article's address.
  title: 'Bahamas sends troops to joins MSS mission in Haiti',
  url: 'https://kahawatungu.com/bahamas-sends-troops-to-joins-mss-mission-in-haiti/',
  quote: 'advance team of six Royal Bahamas Defence Forces ( RBDF) landed ... on Friday October 18',
  confidence: 'H',
};

/** `tribune242-2025-02-24-rbdf-team-returns` */
export const tribune24220250224RbdfTeamReturns: Source = {
  publisher: 'The Tribune (Tribune242)',
  title: 'First RBDF team to Haiti returns without incident',
  url: 'https://tribune242.com/news/2025/feb/24/first-rbdf-team-to-haiti-returns-without-incident',
  published: '2025-02-24',
  quote:
    'team of 59 officers returned ... on February 8, marking the end of the mission, which started on December 28',
  confidence: 'M',
};

/** `haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers` */
export const haitiChronicle202501GuatemalanSalvadoranSoldiers: Source = {
  publisher: 'Haiti Chronicle',
  title: 'Strengthening the MSS: 83 Guatemalan and Salvadoran soldiers arrive in Port-au-Prince',
  url: 'https://haitichronicle.com/strengthening-the-mss-83-guatemalan-and-salvadoran-soldiers-arrive-in-port-au-prince',
  quote: 'carrying 75 Guatemalan soldiers and 8 Salvadoran military personnel',
  confidence: 'M',
};

/** `trinidad-guardian-2025-01-second-guatemalan-group` */
export const trinidadGuardian202501SecondGuatemalanGroup: Source = {
  publisher: 'Trinidad Guardian',
  title: 'Second group of Guatemalan soldiers arrive in Haiti',
  url: 'https://guardian.co.tt/news/second-group-of-guatemalan-soldiers-arrive-in-haiti-6.2.2199348.22a90c2bf9',
  quote:
    '590 police/military personnel, including 400 Kenyans, 150 Guatemalans, eight Salvadorans, six Bahamians, 24 Jamaicans and two Belizeans',
  confidence: 'H',
};

/** `kahawatungu-2025-01-18-third-contingent` */
export const kahawatungu20250118ThirdContingent: Source = {
  publisher: 'Kahawatungu',
  title: 'Song and dance as 217 additional Kenya police land in Haiti escorted by US military',
  url: 'https://kahawatungu.com/song-and-dance-as-217-additional-kenya-police-land-in-haiti-escorted-by-us-military/',
  quote: 'A new contingent of 217 additional Kenya police Kenya arrived in Port-au-Prince on Saturday',
  confidence: 'H',
};

/** `radio-tele-dromage-2025-02-salvadoran-soldiers` */
export const radioTeleDromage202502SalvadoranSoldiers: Source = {
  publisher: 'Radio Télé Dromage',
  title: '70 Salvadoran soldiers arrive in Haiti to bolster multinational mission against gangs',
  url: 'https://radiotvdromage.com/70-salvadoran-soldiers-arrive-in-haiti-to-bolster-multinational-mission-against-gangs',
  quote: 'bringing the number of Salvadoran forces to 78 personnel / now comprises 859 personnel',
  confidence: 'M',
};

/** `kenyans-2025-02-144-officers` */
export const kenyans202502144Officers: Source = {
  publisher: 'Kenyans.co.ke',
  title: 'Kenya sends 144 more police officers to Haiti',
  url: 'https://www.kenyans.co.ke/news/108735-kenya-sends-144-more-police-officers-haiti',
  quote: 'Kenya deployed 144 additional police officers / total number of Kenyan police in Haiti to 744',
  confidence: 'M',
};

/** `buzzing-hub-ap-2025-02-fourth-contingent` */
export const buzzingHubAp202502FourthContingent: Source = {
  publisher: 'The Buzzing Hub',
  title: 'New contingent of Kenyan police joins UN-backed mission to fight gangs in Haiti',
  url: 'https://thebuzzinghub.com/articles/new-contingent-of-kenyan-police-joins-un-backed-mission-to-fight-gangs-in-haiti',
  quote: 'The 200 police officers ... join more than 600 other Kenyans',
  confidence: 'L',
  via: 'AP',
};

/** `kdrtv-2025-12-fifth-contingent` */
export const kdrtv202512FifthContingent: Source = {
  publisher: 'KDRTV',
  title: 'Kenya deploys 230 police officers to Haiti',
  url: 'https://www.kdrtv.co.ke/news/kenya-deploys-230-police-officers-to-haiti/',
  quote: 'landed ... in Port-au-Prince on Monday, December 8',
  confidence: 'H',
};

export const ke1: Deployment = {
  id: 'ke-1',
  date: '2024-06-25',
  country: 'KE',
  // Kenya's government flagged off 400 (Diaspora Messenger), but the outlets that reported the
  // landing count 200, and the 4 January 2025 head-count of 400 Kenyans fits 200 + 200 better than
  // 400 + 200. Neither side is dropped: the range 200–400 is what is known.
  personnel: {
    kind: 'disputed',
    reports: [
      {
        kind: 'exact',
        value: 400,
        sources: ['diaspora-messenger-2024-06-flag-off'],
        note: 'Officers flagged off for Haiti by the Kenyan government the day before.',
      },
      {
        // Both quotes say "200" without a qualifier, so the report is exact.
        kind: 'exact',
        value: 200,
        sources: ['le-nouvelliste-2024-07-first-contingent', 'independent-ap-2024-07-second-contingent'],
        note: 'Officers who landed in Port-au-Prince on 25 June 2024 (Le Nouvelliste; AP).',
      },
    ],
    note: '400 were flagged off in Nairobi; 200 are reported to have landed on 25 June 2024.',
  },
  service: 'police',
  label: contingentLabels.first,
};

export const ke2: Deployment = {
  id: 'ke-2',
  date: '2024-07-16',
  country: 'KE',
  // HaitiLibre's report of the day says "around 200", and the AP quote gives no size of this contingent
  // (its "200" is the first one's): the number is approximate, as the source words it.
  personnel: {
    kind: 'approximate',
    qualifier: 'about',
    value: 200,
    sources: ['haitilibre-2024-07-second-contingent', 'independent-ap-2024-07-second-contingent'],
    note: 'HaitiLibre reported "around 200" officers on the day; AP reported the arrival.',
  },
  service: 'police',
  label: contingentLabels.second,
};

export const jm1: Deployment = {
  id: 'jm-1',
  date: '2024-09-12',
  country: 'JM',
  personnel: {
    kind: 'exact',
    value: 24,
    sources: ['jamaica-observer-2024-09-13-contingent', 'prensa-latina-2024-09-jamaica-belize'],
  },
  service: 'mixed',
  breakdown: { military: 20, police: 4 },
  label: contingentLabels.firstTeam,
};

export const bz1: Deployment = {
  id: 'bz-1',
  date: '2024-09-12',
  country: 'BZ',
  personnel: { kind: 'exact', value: 2, sources: ['prensa-latina-2024-09-jamaica-belize'] },
  service: 'military',
  label: contingentLabels.firstTeam,
};

export const bs1: Deployment = {
  id: 'bs-1',
  date: '2024-10-18',
  country: 'BS',
  personnel: { kind: 'exact', value: 6, sources: ['kahawatungu-2024-10-bahamas-advance-team'] },
  service: 'military',
  label: t('Advance team', 'Équipe précurseur', 'Ekip avangad', 'Equipo de avanzada'),
  note: 'Royal Bahamas Defence Force.',
};

export const bs2: Deployment = {
  id: 'bs-2',
  date: '2024-12-28',
  until: '2025-02-08',
  country: 'BS',
  personnel: { kind: 'exact', value: 59, sources: ['tribune242-2025-02-24-rbdf-team-returns'] },
  service: 'military',
  label: t(
    'Maritime team (HMBS Bahamas)',
    'Équipe maritime (HMBS Bahamas)',
    'Ekip maritim (HMBS Bahamas)',
    'Equipo marítimo (HMBS Bahamas)',
  ),
  note: 'Royal Bahamas Defence Force team aboard HMBS Bahamas; returned home on 8 February 2025.',
};

export const gt1: Deployment = {
  id: 'gt-1',
  date: '2025-01-03',
  country: 'GT',
  personnel: { kind: 'exact', value: 75, sources: ['haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers'] },
  service: 'military',
  label: contingentLabels.firstTeam,
};

export const sv1: Deployment = {
  id: 'sv-1',
  date: '2025-01-03',
  country: 'SV',
  personnel: { kind: 'exact', value: 8, sources: ['haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers'] },
  service: 'military',
  label: contingentLabels.firstTeam,
};

export const gt2: Deployment = {
  id: 'gt-2',
  date: '2025-01-04',
  country: 'GT',
  // The Trinidad Guardian gives the total after this arrival (150 Guatemalans); the team's size is that
  // total less the 75 who landed the day before, so both reports are cited.
  personnel: {
    kind: 'exact',
    value: 75,
    sources: [
      'trinidad-guardian-2025-01-second-guatemalan-group',
      'haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers',
    ],
    note: '150 Guatemalans in Haiti after this arrival, 75 of whom had landed on 3 January.',
  },
  service: 'military',
  label: contingentLabels.secondTeam,
};

export const ke3: Deployment = {
  id: 'ke-3',
  date: '2025-01-18',
  country: 'KE',
  personnel: { kind: 'exact', value: 217, sources: ['kahawatungu-2025-01-18-third-contingent'] },
  service: 'police',
  label: contingentLabels.third,
};

export const sv2: Deployment = {
  id: 'sv-2',
  date: '2025-02-04',
  country: 'SV',
  personnel: {
    kind: 'exact',
    value: 70,
    sources: ['radio-tele-dromage-2025-02-salvadoran-soldiers'],
    note: 'Brings the Salvadoran force to 78.',
  },
  service: 'military',
  label: contingentLabels.secondTeam,
};

export const ke4: Deployment = {
  id: 'ke-4',
  date: '2025-02-06',
  country: 'KE',
  personnel: {
    kind: 'disputed',
    reports: [
      {
        kind: 'exact',
        value: 144,
        sources: ['kenyans-2025-02-144-officers'],
        note: 'Kenyan outlets; the total of Kenyan police in Haiti rose to 744.',
      },
      {
        kind: 'exact',
        value: 200,
        sources: ['buzzing-hub-ap-2025-02-fourth-contingent'],
        note: 'AP, in a copy by an aggregator (low confidence).',
      },
    ],
    note: 'Kenyan outlets report 144 officers; an AP copy reports 200.',
  },
  service: 'police',
  label: contingentLabels.fourth,
};

export const ke5: Deployment = {
  id: 'ke-5',
  date: '2025-12-08',
  country: 'KE',
  personnel: { kind: 'exact', value: 230, sources: ['kdrtv-2025-12-fifth-contingent'] },
  service: 'police',
  label: contingentLabels.fifth,
  note: 'About 100 officers were rotating out as this contingent arrived.',
};

/** Every arrival, in the order of the dataset. */
export const deployments: Deployment[] = [ke1, ke2, jm1, bz1, bs1, bs2, gt1, sv1, gt2, ke3, sv2, ke4, ke5];
