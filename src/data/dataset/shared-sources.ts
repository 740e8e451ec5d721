/**
 * Sources that elements charting different sections all show (a milestone and an arrival citing the same
 * report). A source otherwise lives in the module of a section that cites it, one whose records every element
 * showing the source already loads, so that an element's default data (see `../defaults/`) pulls in no
 * module, and so no source, it does not show.
 */
import type { Source } from '../types.js';

/** `le-nouvelliste-2024-07-first-contingent` */
export const leNouvelliste202407FirstContingent: Source = {
  publisher: 'Le Nouvelliste',
  title: 'Two Weeks Since the First Multinational Mission Contingent Arrived',
  url: 'https://lenouvelliste.com/en/article/249051/two-weeks-since-the-first-multinational-mission-contingent-arrived',
  // Two weeks after the 25 June 2024 landing, by its own headline.
  published: '2024-07',
  quote: 'the first contingent of 200 Kenyan police officers arrived in Haiti on Tuesday, June 25, 2024',
  confidence: 'M',
};

/** `independent-ap-2024-07-second-contingent` */
export const independentAp202407SecondContingent: Source = {
  publisher: 'The Independent',
  // The address reads only "haiti-ap-portauprince-kenyan-caribbean": no headline to recover.
  title: 'AP report from Port-au-Prince on Kenyan and Caribbean forces (headline not recorded)',
  url: 'https://www.independent.co.uk/news/haiti-ap-portauprince-kenyan-caribbean-b2580757.html',
  quote: 'arrived nearly a month after the first contingent of 200 landed',
  confidence: 'H',
  via: 'AP',
};

/** `eagle-news-feed-2024-09-30-mission-renewed` */
export const eagleNewsFeed20240930MissionRenewed: Source = {
  publisher: 'Eagle News Feed',
  title: 'UN renews Kenya police-led mission in Haiti for an additional year',
  url: 'https://eaglenewsfeed.com/un-renews-kenya-police-led-mission-in-haiti-for-an-additional-year',
  quote:
    'could include up to 2,500 officers deployed in phases, with an estimated annual cost of around $600 million',
  confidence: 'M',
};

/** `urdupoint-afp-2025-02-us-freezes-funding` */
export const urdupointAfp202502UsFreezesFunding: Source = {
  publisher: 'UrduPoint',
  // The address cuts the headline off after "mul".
  title: 'US freezes funding contributions to Haiti mul… (headline cut off in the address)',
  url: 'https://www.urdupoint.com/en/world/us-freezes-funding-contributions-to-haiti-mul-1918151.html',
  quote: 'a move that would stop $13.3 million in pending aid',
  confidence: 'H',
  via: 'AFP',
};
