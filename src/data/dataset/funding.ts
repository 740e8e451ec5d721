/** Money for the UN trust fund that finances the mission. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { Funding, Source } from '../types.js';

// Sources cited here (and possibly by another section, whose elements load this module anyway).

/** `oe-mag-2024-04-seven-countries` */
export const oeMag202404SevenCountries: Source = {
  publisher: 'OE-Mag',
  title: 'Seven countries inform Guterres of intention to contribute to Haiti support force',
  url: 'https://oe-mag.co.uk/seven-countries-inform-guterres-of-intention-to-contribute-to-haiti-current-affairs-support-force',
  quote: 'Canada contributed $8.7 million, France $3.2 million and the United States $6 million',
  confidence: 'M',
};

/** `kbc-2025-02-juma-funding-freeze` */
export const kbc202502JumaFundingFreeze: Source = {
  publisher: 'KBC',
  title: 'Monica Juma: Haiti mission to continue despite US funding freeze',
  url: 'https://www.kbc.co.ke/monica-juma-haiti-mission-to-continue-despite-us-funding-freeze/',
  quote: 'a total of $110.3 million had been pledged / $85 million had already been received',
  confidence: 'M',
};

export const deposited20240229: Funding = {
  date: '2024-02-29',
  kind: 'deposited',
  amountUsd: { kind: 'exact', value: 10_800_000, sources: ['reuters-2024-02-29-pledges'] },
};

export const pledged20240229: Funding = {
  date: '2024-02-29',
  kind: 'pledged',
  amountUsd: { kind: 'exact', value: 78_000_000, sources: ['reuters-2024-02-29-pledges'] },
  note: 'Further pledges, on top of the money already deposited.',
};

export const deposited20240430: Funding = {
  date: '2024-04-30',
  dateApproximate: true,
  kind: 'deposited',
  amountUsd: { kind: 'exact', value: 18_000_000, sources: ['oe-mag-2024-04-seven-countries'] },
  byCountry: [
    { country: 'CA', amountUsd: 8_700_000 },
    { country: 'FR', amountUsd: 3_200_000 },
    { country: 'US', amountUsd: 6_000_000 },
  ],
  // Kept as reported even though the parts do not add up to the total.
  note: 'The three contributions named add up to $17.9 million.',
};

export const pledged202412: Funding = {
  date: '2024-12',
  dateApproximate: true,
  kind: 'pledged',
  amountUsd: { kind: 'exact', value: 110_300_000, sources: ['kbc-2025-02-juma-funding-freeze'] },
  note: 'Total pledged by the end of 2024.',
};

export const received202412: Funding = {
  date: '2024-12',
  dateApproximate: true,
  kind: 'received',
  amountUsd: { kind: 'exact', value: 85_000_000, sources: ['kbc-2025-02-juma-funding-freeze'] },
  note: 'Total received by the end of 2024.',
};

export const frozen20250204: Funding = {
  date: '2025-02-04',
  kind: 'frozen',
  amountUsd: { kind: 'exact', value: 13_300_000, sources: ['urdupoint-afp-2025-02-us-freezes-funding'] },
  note: 'US contributions still unpaid when the United States froze its funding.',
};

/** Every funding record, in the order of the dataset. */
export const funding: Funding[] = [deposited20240229, pledged20240229, deposited20240430, pledged202412, received202412, frozen20250204];
