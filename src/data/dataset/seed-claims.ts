/** The seed article's claims, each checked against other sources. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { SeedClaim } from '../types.js';

export const claimApproval: SeedClaim = {
  id: 'approval',
  claim:
    'The UN Security Council approved the mission on 2 October 2023; it is not a UN operation but is led by Kenya, in coordination with the Haitian National Police.',
  verdict: 'confirmed',
  finding: 'Resolution 2699 of 2 October 2023, adopted by 13 votes in favour with 2 abstentions.',
  about: ['milestones:resolution-2699'],
  sources: ['seed-article', 'un-press-sc15432-2023-10-02'],
};

export const claimFirstContingent400: SeedClaim = {
  id: 'first-contingent-400',
  claim: "Kenya's first contingent of 400 elite police officers landed at Port-au-Prince airport on 25 June 2024.",
  verdict: 'disputed',
  finding:
    "Diaspora Messenger reported 400 officers flagged off by Kenya's government; AP and Le Nouvelliste report 200 landing on 25 June. The 4 January 2025 head-count lists 400 Kenyans after two contingents.",
  about: ['deployments:ke-1', 'strength:2025-01-04'],
  sources: [
    'seed-article',
    'diaspora-messenger-2024-06-flag-off',
    'le-nouvelliste-2024-07-first-contingent',
    'independent-ap-2024-07-second-contingent',
    'trinidad-guardian-2025-01-second-guatemalan-group',
  ],
};

export const claimSecondContingent200: SeedClaim = {
  id: 'second-contingent-200',
  claim: 'A second contingent of 200 officers arrived on 16 July 2024.',
  verdict: 'confirmed',
  finding: 'HaitiLibre reported a second contingent of "around 200" officers arriving on 16 July 2024; AP reported the arrival.',
  about: ['deployments:ke-2'],
  sources: ['seed-article', 'independent-ap-2024-07-second-contingent', 'haitilibre-2024-07-second-contingent'],
};

export const claimThirdContingent217: SeedClaim = {
  id: 'third-contingent-217',
  claim: 'A third contingent of 217 Kenyan police officers landed last week.',
  verdict: 'confirmed',
  finding: 'The 217 officers landed on Saturday 18 January 2025.',
  about: ['deployments:ke-3'],
  sources: ['seed-article', 'kahawatungu-2025-01-18-third-contingent'],
};

export const claimNextBatch400: SeedClaim = {
  id: 'next-batch-400',
  claim: 'A next batch of 400 officers is expected soon.',
  verdict: 'disputed',
  finding:
    'The next (fourth) contingent, on 6 February 2025, numbered 144 according to Kenyan outlets and 200 according to AP; not 400.',
  about: ['deployments:ke-4'],
  sources: ['seed-article', 'kenyans-2025-02-144-officers', 'buzzing-hub-ap-2025-02-fourth-contingent'],
};

export const claimKenyansOver600: SeedClaim = {
  id: 'kenyans-over-600',
  claim: 'More than 600 Kenyan police officers are already in Haiti.',
  // Two reports support "more than 600" and one implies exactly 600, so the claim is disputed, by 17 at most.
  verdict: 'disputed',
  finding:
    'The 4 January 2025 head-count of 400 Kenyans plus the 217 who landed on 18 January makes 617, and AP wrote of "more than 600 other Kenyans" on 6 February 2025; but Kenyans.co.ke put the Kenyan total at 744 after 144 more arrived that day, which leaves 744 − 144 = 600 before them, not more than 600.',
  about: ['strength:2025-01-04', 'deployments:ke-3', 'deployments:ke-4', 'strength:2025-02-06'],
  sources: [
    'seed-article',
    'trinidad-guardian-2025-01-second-guatemalan-group',
    'kahawatungu-2025-01-18-third-contingent',
    'buzzing-hub-ap-2025-02-fourth-contingent',
    'kenyans-2025-02-144-officers',
  ],
};

export const claimPledges: SeedClaim = {
  id: 'pledges',
  claim:
    'Caribbean Community members Jamaica, Bahamas, Barbados, and Antigua and Barbuda, and Bangladesh, Benin and Chad have pledged personnel.',
  verdict: 'confirmed',
  finding:
    'Each of these pledges is reported elsewhere. Reuters wrote on 29 February 2024 that "it was not immediately clear how many personnel" Bangladesh, Barbados and Chad (and the Bahamas, whose 150 was reported in August 2023) had pledged; Antigua and Barbuda said in September 2023 there was "no determination at this point on how many" it would send.',
  about: ['pledges:JM', 'pledges:BS', 'pledges:BB', 'pledges:AG', 'pledges:BD', 'pledges:BJ', 'pledges:TD'],
  sources: [
    'seed-article',
    'breaking-latest-2023-08-caribbean-pledges',
    'reuters-2024-02-29-pledges',
    'village-voice-2023-09-27-antigua-barbuda',
  ],
};

export const claimPledgeGuyana: SeedClaim = {
  id: 'pledge-guyana',
  claim: 'Guyana, a Caribbean Community member, has pledged personnel.',
  verdict: 'unverified',
  // Not a pledge record: no source gives a personnel pledge by Guyana, so no chart counts one.
  finding: 'No other source found that reports a personnel pledge by Guyana.',
  sources: ['seed-article'],
};

export const claimKilled3600: SeedClaim = {
  id: 'killed-3600',
  claim: 'According to the UN, more than 3,600 people have been killed in Haiti since January 2024.',
  verdict: 'outdated',
  finding:
    'Matches the UN\'s "at least 3,661" published on 27 September 2024; by 7 January 2025 the UN counted at least 5,601 killed in 2024.',
  about: ['casualties:2024-jan-sep', 'casualties:2024'],
  sources: ['seed-article', 'digital-journal-afp-2024-09-27-3661-killed', 'menafn-kuna-2025-01-5600-killed'],
};

export const claimChildrenKilled100: SeedClaim = {
  id: 'children-killed-100',
  // The article's own words are not recorded, so no text shows this claim as a quotation.
  claim: 'Over 100 children are among those killed.',
  verdict: 'unverified',
  finding: 'No other source found.',
  sources: ['seed-article'],
};

export const claimDisplaced500000: SeedClaim = {
  id: 'displaced-500000',
  claim: 'More than 500,000 Haitians have been forced from their homes.',
  verdict: 'outdated',
  finding: 'IOM counted 578,074 displaced people in June 2024 and 1,041,000 in December 2024.',
  about: ['displacement:2024-06', 'displacement:2024-12'],
  sources: ['seed-article', 'reliefweb-iom-2024-06-round-7', 'donare-iom-2025-01-one-million-displaced'],
};

export const claimFundingAppeal202410: SeedClaim = {
  id: 'funding-appeal-2024-10',
  claim: 'In October 2024 President Ruto appealed for urgent international financial support.',
  verdict: 'unverified',
  finding: 'No other source found for the appeal.',
  sources: ['seed-article'],
};

/** Every claim, in the order of the dataset. */
export const seedClaims: SeedClaim[] = [claimApproval, claimFirstContingent400, claimSecondContingent200, claimThirdContingent217, claimNextBatch400, claimKenyansOver600, claimPledges, claimPledgeGuyana, claimKilled3600, claimChildrenKilled100, claimDisplaced500000, claimFundingAppeal202410];
