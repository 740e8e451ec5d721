/** Personnel pledged to the mission, per country. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { Pledge, Source } from '../types.js';

// Sources cited here (and possibly by another section, whose elements load this module anyway).

/** `tuko-2025-02-fourth-contingent` */
export const tuko202502FourthContingent: Source = {
  publisher: 'Tuko',
  title: 'Fourth Kenyan contingent of police officers lands in Haiti to strengthen MSS mission',
  url: 'https://tuko.co.ke/world/us/578138-fourth-kenyan-contingent-police-officers-lands-haiti-strengthen-mss-mission',
  quote: 'The Kenyan government had pledged to send 1,000 personnel.',
  confidence: 'H',
};

/** `reuters-2024-02-29-pledges` */
export const reuters20240229Pledges: Source = {
  // A syndicated copy on a radio station's SoCast site; the outlet's own name is not shown.
  publisher: 'Radio station website (SoCast)',
  title: 'Five countries pledge personnel for Haiti security mission, UN says',
  url: 'https://d2233.cms.socastsrm.com/2024/02/29/five-countries-pledge-personnel-for-haiti-security-mission-un-says/',
  published: '2024-02-29',
  quote:
    'Benin has said it plans to send about 1,500 personnel / It was not immediately clear how many personnel the remaining four countries have pledged. / further pledges of $78 million had also been made',
  confidence: 'H',
  via: 'Reuters',
};

/** `radio-jamaica-2024-02-benin-2000` */
export const radioJamaica202402Benin2000: Source = {
  publisher: 'Radio Jamaica News',
  title: 'Benin pledges 2,000 troops for Haiti stabilisation mission',
  url: 'https://radiojamaicanewsonline.com/regional/benin-pledges-2000-troops-for-haiti-stabilisation-mission',
  quote: 'Benin has pledged 2,000 troops to the planned multinational force',
  confidence: 'M',
};

/** `breaking-latest-2023-08-caribbean-pledges` */
export const breakingLatest202308CaribbeanPledges: Source = {
  publisher: 'Breaking Latest',
  title: 'Jamaica, Bahamas and Antigua join Kenya in sending peacekeepers to Haiti',
  url: 'https://www.breakinglatest.news/world/jamaica-bahamas-and-antigua-join-kenya-in-sending-peacekeepers-to-haiti/',
  quote: 'ready to deploy 200 security personnel / the Bahamas has pledged to contribute 150 agents',
  confidence: 'M',
};

/** `bdnews24-reuters-belize-pledge` */
export const bdnews24ReutersBelizePledge: Source = {
  publisher: 'bdnews24.com',
  // The address is an opaque id.
  title: 'Reuters report mentioning Belize’s pledge (headline not recorded)',
  url: 'https://bdnews24.com/world/8fx283f5vv',
  quote: 'Belizean media said the country had pledged 50 soldiers',
  confidence: 'M',
  via: 'Reuters',
};

/** `frontier-post-reuters-central-american-troops` */
export const frontierPostReutersCentralAmericanTroops: Source = {
  publisher: 'The Frontier Post',
  title: 'Central American troops arrive in Haiti to fight gangs',
  url: 'https://thefrontierpost.com/central-american-troops-arrive-in-haiti-to-fight-gangs/',
  quote:
    'pledged to send 150 military police / promised 78 soldiers for medical evacuation operations as well as three helicopters',
  confidence: 'H',
  via: 'Reuters',
};

/** `village-voice-2023-09-27-antigua-barbuda` */
export const villageVoice20230927AntiguaBarbuda: Source = {
  publisher: 'Village Voice News',
  title: 'Antigua & Barbuda commits to sending troops to Haiti to restore order',
  url: 'https://villagevoicenews.com/2023/09/27/antigua-barbuda-commits-to-sending-troops-to-haiti-to-restore-order/',
  published: '2023-09-27',
  quote: 'no determination at this point on how many members of the [ABDF] will be dispatched',
  confidence: 'H',
};

/** `stening-simpson-2024-06-kenyan-police-land` */
export const steningSimpson202406KenyanPoliceLand: Source = {
  publisher: 'Stening Simpson',
  title: "Kenyan police land in Port-au-Prince's Toussaint Louverture International Airport",
  url: 'https://www.steningsimpson.com.au/events/kenyan-police-land-in-port-au-princes-toussaint-louverture-international-airport/',
  quote: 'The MSS force will be comprised of 2,500 security personnel — 1,000 of whom will be Kenyan',
  confidence: 'M',
};

export const pledgeKE: Pledge = {
  country: 'KE',
  // The planned-force report (1,000 of 2,500 Kenyan) states the same number.
  personnel: {
    kind: 'exact',
    value: 1000,
    sources: ['tuko-2025-02-fourth-contingent', 'stening-simpson-2024-06-kenyan-police-land'],
  },
  date: '2023',
};

export const pledgeBJ: Pledge = {
  country: 'BJ',
  personnel: {
    kind: 'disputed',
    reports: [
      {
        kind: 'approximate',
        qualifier: 'about',
        value: 1500,
        sources: ['reuters-2024-02-29-pledges'],
        note: 'Formal notice to the UN, 29 February 2024.',
      },
      {
        kind: 'exact',
        value: 2000,
        sources: ['radio-jamaica-2024-02-benin-2000'],
        note: 'Announced by the US ambassador to the UN, around 26 February 2024.',
      },
    ],
  },
  date: '2024-02-29',
};

export const pledgeJM: Pledge = {
  country: 'JM',
  personnel: {
    kind: 'disputed',
    reports: [
      {
        kind: 'exact',
        value: 200,
        sources: ['breaking-latest-2023-08-caribbean-pledges'],
        note: 'Offer of August 2023.',
      },
      {
        kind: 'exact',
        value: 250,
        sources: ['prensa-latina-2024-09-jamaica-belize'],
        note: 'Pledge as reported in September 2024.',
      },
    ],
  },
  date: '2023-08',
};

export const pledgeBS: Pledge = {
  country: 'BS',
  personnel: { kind: 'exact', value: 150, sources: ['breaking-latest-2023-08-caribbean-pledges'] },
  date: '2023-08',
  note: 'Reuters (29 February 2024) listed the Bahamas among four countries for which "it was not immediately clear how many personnel" they had pledged.',
};

export const pledgeBZ: Pledge = {
  country: 'BZ',
  personnel: {
    kind: 'exact',
    value: 50,
    sources: ['bdnews24-reuters-belize-pledge', 'prensa-latina-2024-09-jamaica-belize'],
  },
  date: '2024',
};

export const pledgeGT: Pledge = {
  country: 'GT',
  personnel: { kind: 'exact', value: 150, sources: ['frontier-post-reuters-central-american-troops'] },
  date: '2024-09',
  note: 'Military police.',
};

export const pledgeSV: Pledge = {
  country: 'SV',
  personnel: { kind: 'exact', value: 78, sources: ['frontier-post-reuters-central-american-troops'] },
  date: '2024-08',
  note: 'Soldiers for medical evacuation, plus three helicopters.',
};

export const pledgeBD: Pledge = {
  country: 'BD',
  personnel: { kind: 'undisclosed', sources: ['reuters-2024-02-29-pledges', 'seed-article'] },
  date: '2024-02-29',
};

export const pledgeBB: Pledge = {
  country: 'BB',
  personnel: { kind: 'undisclosed', sources: ['reuters-2024-02-29-pledges', 'seed-article'] },
  date: '2024-02-29',
};

export const pledgeTD: Pledge = {
  country: 'TD',
  personnel: { kind: 'undisclosed', sources: ['reuters-2024-02-29-pledges', 'seed-article'] },
  date: '2024-02-29',
};

export const pledgeAG: Pledge = {
  country: 'AG',
  personnel: {
    kind: 'undisclosed',
    sources: ['village-voice-2023-09-27-antigua-barbuda', 'seed-article'],
    note: 'Antigua and Barbuda committed troops without deciding how many.',
  },
  date: '2023-09-27',
};

/** Every pledge, in the order of the dataset. */
export const pledges: Pledge[] = [pledgeKE, pledgeBJ, pledgeJM, pledgeBS, pledgeBZ, pledgeGT, pledgeSV, pledgeBD, pledgeBB, pledgeTD, pledgeAG];
// Guyana is not here: only the seed article names it among the countries that pledged personnel, and no
// other source reports a personnel pledge by Guyana (see the seed claim `pledge-guyana`).
