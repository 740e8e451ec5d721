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
 */
import type { ExactFigure, MssDataset, Source, Text } from './types.js';

/** A text in the four languages the package ships: English, French, Haitian Creole, Spanish. */
const t = (en: string, fr: string, ht: string, es: string): Text => ({ en, fr, ht, es });

/** An exact figure from one source, for tables of counts from a single report. */
const exact = (value: number, source: string): ExactFigure => ({ kind: 'exact', value, sources: [source] });

const sources: Record<string, Source> = {
  'seed-article': {
    // The article the project started from. It was read in print-style copy without an address or
    // outlet name; its publication week follows from "last week" for the 18 January 2025 landing.
    publisher: 'Kenyan news report (outlet not recorded)',
    title: "Trump supports Kenya's mission in Haiti-Ruto",
    published: '2025-01',
    confidence: 'M',
  },

  // Deployments
  'diaspora-messenger-2024-06-flag-off': {
    publisher: 'Diaspora Messenger',
    title: '400 Kenyan police officers departing for Haiti given the flag',
    url: 'https://diasporamessenger.com/2024/06/400-kenyan-police-officers-departing-for-haiti-given-the-flag/',
    published: '2024-06',
    quote: '400 officers are now ready to depart for Haiti tomorrow',
    confidence: 'M',
  },
  'le-nouvelliste-2024-07-first-contingent': {
    publisher: 'Le Nouvelliste',
    title: 'Two Weeks Since the First Multinational Mission Contingent Arrived',
    url: 'https://lenouvelliste.com/en/article/249051/two-weeks-since-the-first-multinational-mission-contingent-arrived',
    // Two weeks after the 25 June 2024 landing, by its own headline.
    published: '2024-07',
    quote: 'the first contingent of 200 Kenyan police officers arrived in Haiti on Tuesday, June 25, 2024',
    confidence: 'M',
  },
  'haitilibre-2024-07-second-contingent': {
    publisher: 'HaitiLibre',
    title: 'FLASH : A 2nd Kenyan contingent has arrived in Haiti',
    url: 'https://www.haitilibre.com/en/news-42781-haiti-flash-a-2nd-kenyan-contingent-has-arrived-in-haiti.html',
    quote: 'with on board a 2nd Kenyan contingent of around 200 officers',
    confidence: 'H',
  },
  'independent-ap-2024-07-second-contingent': {
    publisher: 'The Independent',
    // The address reads only "haiti-ap-portauprince-kenyan-caribbean": no headline to recover.
    title: 'AP report from Port-au-Prince on Kenyan and Caribbean forces (headline not recorded)',
    url: 'https://www.independent.co.uk/news/haiti-ap-portauprince-kenyan-caribbean-b2580757.html',
    quote: 'arrived nearly a month after the first contingent of 200 landed',
    confidence: 'H',
    via: 'AP',
  },
  'jamaica-observer-2024-09-13-contingent': {
    publisher: 'Jamaica Observer',
    title: 'Jamaican contingent arrives in Haiti',
    url: 'https://jamaicaobserver.com/2024/09/13/jamaican-contingent-arrives-haiti',
    published: '2024-09-13',
    quote: 'consisting of 20 soldiers and four police officers',
    confidence: 'H',
  },
  'prensa-latina-2024-09-jamaica-belize': {
    publisher: 'Prensa Latina',
    title: 'Jamaican and Belizean forces arrive in Haiti to reinforce Kenya-led MSS',
    url: 'https://vocesdelsur.prensa-latina.cu/jamaican-and-belizean-forces-arrive-in-haiti-to-reinforce-kenya-led-mss',
    quote:
      'Belize deployed two military officers from its commitment of 50 personnel. / 24 out of the 250 military-police personnel pledged to the MSS',
    confidence: 'M',
  },
  'kahawatungu-2024-10-bahamas-advance-team': {
    publisher: 'Kahawatungu',
    // Wording kept as in the article's address.
    title: 'Bahamas sends troops to joins MSS mission in Haiti',
    url: 'https://kahawatungu.com/bahamas-sends-troops-to-joins-mss-mission-in-haiti/',
    quote: 'advance team of six Royal Bahamas Defence Forces ( RBDF) landed ... on Friday October 18',
    confidence: 'H',
  },
  'tribune242-2025-02-24-rbdf-team-returns': {
    publisher: 'The Tribune (Tribune242)',
    title: 'First RBDF team to Haiti returns without incident',
    url: 'https://tribune242.com/news/2025/feb/24/first-rbdf-team-to-haiti-returns-without-incident',
    published: '2025-02-24',
    quote:
      'team of 59 officers returned ... on February 8, marking the end of the mission, which started on December 28',
    confidence: 'M',
  },
  'haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers': {
    publisher: 'Haiti Chronicle',
    title: 'Strengthening the MSS: 83 Guatemalan and Salvadoran soldiers arrive in Port-au-Prince',
    url: 'https://haitichronicle.com/strengthening-the-mss-83-guatemalan-and-salvadoran-soldiers-arrive-in-port-au-prince',
    quote: 'carrying 75 Guatemalan soldiers and 8 Salvadoran military personnel',
    confidence: 'M',
  },
  'trinidad-guardian-2025-01-second-guatemalan-group': {
    publisher: 'Trinidad Guardian',
    title: 'Second group of Guatemalan soldiers arrive in Haiti',
    url: 'https://guardian.co.tt/news/second-group-of-guatemalan-soldiers-arrive-in-haiti-6.2.2199348.22a90c2bf9',
    quote:
      '590 police/military personnel, including 400 Kenyans, 150 Guatemalans, eight Salvadorans, six Bahamians, 24 Jamaicans and two Belizeans',
    confidence: 'H',
  },
  'kahawatungu-2025-01-18-third-contingent': {
    publisher: 'Kahawatungu',
    title: 'Song and dance as 217 additional Kenya police land in Haiti escorted by US military',
    url: 'https://kahawatungu.com/song-and-dance-as-217-additional-kenya-police-land-in-haiti-escorted-by-us-military/',
    quote: 'A new contingent of 217 additional Kenya police Kenya arrived in Port-au-Prince on Saturday',
    confidence: 'H',
  },
  'radio-tele-dromage-2025-02-salvadoran-soldiers': {
    publisher: 'Radio Télé Dromage',
    title: '70 Salvadoran soldiers arrive in Haiti to bolster multinational mission against gangs',
    url: 'https://radiotvdromage.com/70-salvadoran-soldiers-arrive-in-haiti-to-bolster-multinational-mission-against-gangs',
    quote: 'bringing the number of Salvadoran forces to 78 personnel / now comprises 859 personnel',
    confidence: 'M',
  },
  'kenyans-2025-02-144-officers': {
    publisher: 'Kenyans.co.ke',
    title: 'Kenya sends 144 more police officers to Haiti',
    url: 'https://www.kenyans.co.ke/news/108735-kenya-sends-144-more-police-officers-haiti',
    quote: 'Kenya deployed 144 additional police officers / total number of Kenyan police in Haiti to 744',
    confidence: 'M',
  },
  'buzzing-hub-ap-2025-02-fourth-contingent': {
    publisher: 'The Buzzing Hub',
    title: 'New contingent of Kenyan police joins UN-backed mission to fight gangs in Haiti',
    url: 'https://thebuzzinghub.com/articles/new-contingent-of-kenyan-police-joins-un-backed-mission-to-fight-gangs-in-haiti',
    quote: 'The 200 police officers ... join more than 600 other Kenyans',
    confidence: 'L',
    via: 'AP',
  },
  'kdrtv-2025-12-fifth-contingent': {
    publisher: 'KDRTV',
    title: 'Kenya deploys 230 police officers to Haiti',
    url: 'https://www.kdrtv.co.ke/news/kenya-deploys-230-police-officers-to-haiti/',
    quote: 'landed ... in Port-au-Prince on Monday, December 8',
    confidence: 'H',
  },

  // Head-counts
  'hch-efe-2025-02-04-salvadoran-troops': {
    publisher: 'HCH',
    title: 'Llegan a Haití setenta efectivos de El Salvador para unirse a la misión multinacional',
    url: 'https://hch.tv/2025/02/04/llegan-a-haiti-setenta-efectivos-de-el-salvador-para-unirse-a-la-mision-multinacional',
    published: '2025-02-04',
    quote: 'son más de 900 los miembros del MSS en Haití, en su inmensa mayoría kenianos (700)',
    confidence: 'L',
    via: 'EFE',
  },
  'nycaribnews-2025-06-short-of-troops': {
    publisher: 'NY Carib News',
    title: 'Haiti mission to crush gangs short of troops and funds, says leader',
    url: 'https://nycaribnews.com/haiti-mission-to-crush-gangs-short-of-troops-and-funds-says-leader',
    quote: 'Guatemala: 150 troops / El Salvador: 78 / Jamaica: 23 / Bahamas & Belize: 8 combined',
    confidence: 'M',
  },
  'am1-lemonde-2025-09-mission-ends': {
    publisher: 'am1.news',
    title: 'Kenya-led anti-gang mission in Haiti ends with mixed results',
    url: 'https://am1.news/usconservative/topic/lemonde/6-slug-kenya-led-anti-gang-mission-in-haiti-ends-with-mixed-results',
    quote: 'operated below 40% of its authorized personnel strength',
    confidence: 'M',
    via: 'Le Monde',
  },
  'businessday-reuters-2025-12-09-un-expands-mission': {
    publisher: 'BusinessDay',
    title: 'UN expands Haiti mission as Kenyan police deploy',
    url: 'https://www.businessday.co.za/world/2025-12-09-un-expands-haiti-mission-as-kenyan-police-deploy/',
    published: '2025-12-09',
    quote: 'it now numbered 980 personnel',
    confidence: 'H',
    via: 'Reuters',
  },

  // Pledges and planned strength
  'tuko-2025-02-fourth-contingent': {
    publisher: 'Tuko',
    title: 'Fourth Kenyan contingent of police officers lands in Haiti to strengthen MSS mission',
    url: 'https://tuko.co.ke/world/us/578138-fourth-kenyan-contingent-police-officers-lands-haiti-strengthen-mss-mission',
    quote: 'The Kenyan government had pledged to send 1,000 personnel.',
    confidence: 'H',
  },
  'reuters-2024-02-29-pledges': {
    // A syndicated copy on a radio station's SoCast site; the outlet's own name is not shown.
    publisher: 'Radio station website (SoCast)',
    title: 'Five countries pledge personnel for Haiti security mission, UN says',
    url: 'https://d2233.cms.socastsrm.com/2024/02/29/five-countries-pledge-personnel-for-haiti-security-mission-un-says/',
    published: '2024-02-29',
    quote:
      'Benin has said it plans to send about 1,500 personnel / It was not immediately clear how many personnel the remaining four countries have pledged. / further pledges of $78 million had also been made',
    confidence: 'H',
    via: 'Reuters',
  },
  'radio-jamaica-2024-02-benin-2000': {
    publisher: 'Radio Jamaica News',
    title: 'Benin pledges 2,000 troops for Haiti stabilisation mission',
    url: 'https://radiojamaicanewsonline.com/regional/benin-pledges-2000-troops-for-haiti-stabilisation-mission',
    quote: 'Benin has pledged 2,000 troops to the planned multinational force',
    confidence: 'M',
  },
  'breaking-latest-2023-08-caribbean-pledges': {
    publisher: 'Breaking Latest',
    title: 'Jamaica, Bahamas and Antigua join Kenya in sending peacekeepers to Haiti',
    url: 'https://www.breakinglatest.news/world/jamaica-bahamas-and-antigua-join-kenya-in-sending-peacekeepers-to-haiti/',
    quote: 'ready to deploy 200 security personnel / the Bahamas has pledged to contribute 150 agents',
    confidence: 'M',
  },
  'bdnews24-reuters-belize-pledge': {
    publisher: 'bdnews24.com',
    // The address is an opaque id.
    title: 'Reuters report mentioning Belize’s pledge (headline not recorded)',
    url: 'https://bdnews24.com/world/8fx283f5vv',
    quote: 'Belizean media said the country had pledged 50 soldiers',
    confidence: 'M',
    via: 'Reuters',
  },
  'frontier-post-reuters-central-american-troops': {
    publisher: 'The Frontier Post',
    title: 'Central American troops arrive in Haiti to fight gangs',
    url: 'https://thefrontierpost.com/central-american-troops-arrive-in-haiti-to-fight-gangs/',
    quote:
      'pledged to send 150 military police / promised 78 soldiers for medical evacuation operations as well as three helicopters',
    confidence: 'H',
    via: 'Reuters',
  },
  'village-voice-2023-09-27-antigua-barbuda': {
    publisher: 'Village Voice News',
    title: 'Antigua & Barbuda commits to sending troops to Haiti to restore order',
    url: 'https://villagevoicenews.com/2023/09/27/antigua-barbuda-commits-to-sending-troops-to-haiti-to-restore-order/',
    published: '2023-09-27',
    quote: 'no determination at this point on how many members of the [ABDF] will be dispatched',
    confidence: 'H',
  },
  'legalbrief-reuters-2025-01-kenya-reinforcements': {
    publisher: 'Legalbrief',
    title: 'Kenya sends police reinforcements to Haiti',
    url: 'https://legalbrief.co.za/diary/legalbrief-africa-new/story/kenya-sends-police-reinforcements-to-haiti/print',
    quote: 'have together pledged over 3 100 troops, but so far few have deployed',
    confidence: 'M',
    via: 'Reuters',
  },
  'stening-simpson-2024-06-kenyan-police-land': {
    publisher: 'Stening Simpson',
    title: "Kenyan police land in Port-au-Prince's Toussaint Louverture International Airport",
    url: 'https://www.steningsimpson.com.au/events/kenyan-police-land-in-port-au-princes-toussaint-louverture-international-airport/',
    quote: 'The MSS force will be comprised of 2,500 security personnel — 1,000 of whom will be Kenyan',
    confidence: 'M',
  },
  'eagle-news-feed-2024-09-30-mission-renewed': {
    publisher: 'Eagle News Feed',
    title: 'UN renews Kenya police-led mission in Haiti for an additional year',
    url: 'https://eaglenewsfeed.com/un-renews-kenya-police-led-mission-in-haiti-for-an-additional-year',
    quote:
      'could include up to 2,500 officers deployed in phases, with an estimated annual cost of around $600 million',
    confidence: 'M',
  },

  // Displacement
  'donare-iom-2025-01-one-million-displaced': {
    publisher: 'donare.info',
    title: 'Haiti: spiraling gang violence leaves one million displaced',
    url: 'https://donare.info/en/news/haiti_spiraling_gang_violence_leaves_one_million_displaced',
    published: '2025-01-14',
    quote:
      'from 315,000 in December 2023 to over one million in December 2024 / The latest data shows that 1,041,000 people are struggling',
    confidence: 'H',
    via: 'IOM',
  },
  'reliefweb-iom-2024-06-round-7': {
    publisher: 'ReliefWeb',
    title: 'Report on the internal displacement situation in Haiti – Round 7 (June 2024)',
    url: 'https://reliefweb.int/report/haiti/haiti-report-internal-displacement-situation-haiti-round-7-june-2024',
    quote:
      'indicated that 362,551 people were internally displaced / indicates the presence of 578,074 internally displaced people',
    confidence: 'H',
    via: 'IOM',
  },
  'actual-news-afp-2024-09-displaced': {
    publisher: 'Actual News Magazine',
    title: 'More than 700,000 Haitian internally displaced people, half of whom are children',
    url: 'https://actualnewsmagazine.com/english/more-than-700000-haitian-internally-displaced-people-half-of-whom-are-children',
    quote: 'recorded exactly 702,973 displaced people',
    confidence: 'M',
    via: 'AFP',
  },
  'anews-2025-06-11-record-displacement': {
    publisher: 'A News',
    title: 'Haiti faces record displacement crisis as violence escalates',
    url: 'https://www.anews.com.tr/world/2025/06/11/haiti-faces-record-displacement-crisis-as-violence-escalates',
    published: '2025-06-11',
    quote: 'has reached nearly 1.3 million, marking a 24% increase since December 2024',
    confidence: 'M',
    via: 'Anadolu',
  },
  'caribbean-times-2025-09-binuh-displaced': {
    publisher: 'Caribbean Times',
    // The address is a bare post number.
    title: 'Report on displacement in Haiti citing BINUH (headline not recorded)',
    url: 'https://caribbeantimes.com/?p=49836',
    quote: 'at least 1,400,000 people were displaced in Haiti as of September 30',
    confidence: 'M',
  },
  'news-ghana-2025-10-displacement-record': {
    publisher: 'News Ghana',
    title: 'Haiti displacement crisis hits record 1.4 million as violence spreads',
    url: 'https://www.newsghana.com.gh/haiti-displacement-crisis-hits-record-1-4-million-as-violence-spreads/',
    quote: 'represents a 36 percent increase since December 2024',
    confidence: 'M',
  },

  // Casualties
  'haitian-times-2024-01-24-un-report-2023': {
    publisher: 'The Haitian Times',
    // The address reads "un-report-haiti-2023".
    title: 'UN report on Haiti in 2023 (headline not recorded)',
    url: 'https://haitiantimes.com/2024/01/24/un-report-haiti-2023/',
    published: '2024-01-24',
    quote: 'the United Nations says 4,789 people were killed',
    confidence: 'H',
  },
  'pledge-times-france24-2024-cataclysm': {
    publisher: 'Pledge Times',
    title: 'Cataclysm in Haiti: more than 1,500 people have been murdered so far in 2024',
    url: 'https://pledgetimes.com/cataclysm-in-haiti-more-than-1500-people-have-been-murdered-so-far-in-2024/',
    quote: 'That year, 4,451 murders were documented.',
    confidence: 'M',
    via: 'France 24',
  },
  'telesur-2024-07-first-half-most-violent': {
    publisher: 'teleSUR English',
    title: 'UN marks first half of 2024 as most violent in Haiti',
    url: 'https://www.telesurenglish.net/un-marks-first-half-of-2024-as-most-violent-in-haiti/',
    quote:
      'the last quarter of 2023, when 1,104 murders were recorded / 1,660 people ... were killed and 845 were injured',
    // The reference table rates the quarter-1 quote H and the quarter-4 quote M; one confidence per
    // source, so the lower one.
    confidence: 'M',
  },
  'lactualite-2024-q2-binuh': {
    publisher: "L'Actualité",
    title: 'Violence en Haïti : 1379 victimes au 2e trimestre 2024 selon le BINUH',
    url: 'https://lactualite.info/violence-en-haiti-1379-victimes-au-2e-trimestre-2024-selon-le-binuh',
    quote: '1379 personnes ont été tuées ou blessées',
    confidence: 'M',
  },
  'digital-journal-afp-2024-09-27-3661-killed': {
    publisher: 'Digital Journal',
    title: 'At least 3,661 killed this year in Haiti violence: UN',
    url: 'https://www.digitaljournal.com/world/at-least-3661-killed-this-year-in-haiti-violence-un/article',
    published: '2024-09-27',
    quote: 'at least 3,661 people have been killed since January this year',
    confidence: 'H',
    via: 'AFP',
  },
  'vi-news-2024-q3-surge-in-violence': {
    publisher: 'VI News',
    title: 'UN reports surge in violence as gangs tighten control in Haiti',
    url: 'https://www.vinews.org/posts/un-reports-surge-in-violence-as-gangs-tighten-control-in-haiti',
    quote: 'out of the 1,223 reported killings in the third trimester',
    confidence: 'M',
  },
  'donare-2025-01-human-rights-grim': {
    publisher: 'donare.info',
    title: 'Haiti: human rights situation remains grim amid brutal gang violence',
    url: 'https://donare.info/en/news/haiti_human_rights_situation_remains_grim_amid_brutal_gang_violence',
    quote: 'at least 1,732 people were killed and 411 injured',
    confidence: 'M',
  },
  'menafn-kuna-2025-01-5600-killed': {
    publisher: 'MENAFN',
    title: "UN Figures: Over 5,600 Killed In Gang Violence In '24 In Haiti",
    url: 'https://menafn.com/1109063799/UN-Figures-Over-5600-Killed-In-Gang-Violence-In-24-In-Haiti',
    quote: 'at least 5,601 people were killed last year',
    confidence: 'H',
    via: 'KUNA',
  },
  'haiti-chronicle-2025-04-1617-dead': {
    publisher: 'Haiti Chronicle',
    title: '1,617 dead in 3 months: a bloody toll according to BINUH',
    url: 'https://haitichronicle.com/1617-dead-in-3-months-a-bloody-toll-according-to-binuh/',
    quote: '1,617 people were killed in Haiti between January and March 2025',
    confidence: 'H',
  },
  'caribbean-times-2025-q2-1520-killed': {
    publisher: 'Caribbean Times',
    title: 'Haiti: more than 1,500 people killed during the second quarter of 2025',
    url: 'https://caribbeantimes.com/haiti-more-than-1500-people-killed-during-the-second-quarter-of-2025',
    quote: 'at least 1,520 people were killed and 609 injured',
    confidence: 'H',
  },
  'africanews-2025-08-03-human-rights-worrying': {
    publisher: 'Africanews',
    title: 'UN says human rights situation in Haiti is extremely worrying',
    url: 'https://www.africanews.com/2025/08/03/un-says-human-rights-situation-in-haiti-is-extremely-worrying',
    published: '2025-08-03',
    quote: 'more than 4,800 people across Haiti were killed by gang violence',
    confidence: 'M',
  },
  'anews-2025-11-12-1247-killed': {
    publisher: 'A News',
    title: '1,247 killed in Haiti between July and September: UN report',
    url: 'https://www.anews.com.tr/world/2025/11/12/1247-killed-in-haiti-between-july-and-september-un-report',
    published: '2025-11-12',
    quote: 'documenting 1,247 murders and 710 injuries between July and September',
    confidence: 'H',
    via: 'Anadolu',
  },

  // Funding
  'oe-mag-2024-04-seven-countries': {
    publisher: 'OE-Mag',
    title: 'Seven countries inform Guterres of intention to contribute to Haiti support force',
    url: 'https://oe-mag.co.uk/seven-countries-inform-guterres-of-intention-to-contribute-to-haiti-current-affairs-support-force',
    quote: 'Canada contributed $8.7 million, France $3.2 million and the United States $6 million',
    confidence: 'M',
  },
  'kbc-2025-02-juma-funding-freeze': {
    publisher: 'KBC',
    title: 'Monica Juma: Haiti mission to continue despite US funding freeze',
    url: 'https://www.kbc.co.ke/monica-juma-haiti-mission-to-continue-despite-us-funding-freeze/',
    quote: 'a total of $110.3 million had been pledged / $85 million had already been received',
    confidence: 'M',
  },
  'urdupoint-afp-2025-02-us-freezes-funding': {
    publisher: 'UrduPoint',
    // The address cuts the headline off after "mul".
    title: 'US freezes funding contributions to Haiti mul… (headline cut off in the address)',
    url: 'https://www.urdupoint.com/en/world/us-freezes-funding-contributions-to-haiti-mul-1918151.html',
    quote: 'a move that would stop $13.3 million in pending aid',
    confidence: 'H',
    via: 'AFP',
  },

  // Milestones
  'un-press-sc15432-2023-10-02': {
    publisher: 'United Nations',
    title:
      'Security Council Authorizes Multinational Security Support Mission for Haiti for Initial Period of One Year, by Vote of 13 in Favour with 2 Abstentions',
    url: 'https://press.un.org/en/2023/sc15432.doc.htm',
    published: '2023-10-02',
    confidence: 'H',
  },
  'menafn-ians-2025-09-gang-suppression-force': {
    publisher: 'MENAFN',
    title: 'UN Security Council Transitions Multinational Force In Haiti To Gang Suppression Force',
    url: 'https://menafn.com/1110133542/UN-Security-Council-Transitions-Multinational-Force-In-Haiti-To-Gang-Suppression-Force',
    confidence: 'H',
    via: 'IANS',
  },
  'kdrtv-2025-10-new-military-force': {
    publisher: 'KDRTV',
    title: 'UN Security Council approves new military force in Haiti',
    url: 'https://www.kdrtv.co.ke/news/un-security-council-approves-new-military-force-in-haiti/',
    confidence: 'H',
  },
};

const contingent = {
  first: t('First contingent', 'Premier contingent', 'Premye kontenjan', 'Primer contingente'),
  second: t('Second contingent', 'Deuxième contingent', 'Dezyèm kontenjan', 'Segundo contingente'),
  third: t('Third contingent', 'Troisième contingent', 'Twazyèm kontenjan', 'Tercer contingente'),
  fourth: t('Fourth contingent', 'Quatrième contingent', 'Katriyèm kontenjan', 'Cuarto contingente'),
  fifth: t('Fifth contingent', 'Cinquième contingent', 'Senkyèm kontenjan', 'Quinto contingente'),
  firstTeam: t('First team', 'Première équipe', 'Premye ekip', 'Primer equipo'),
  secondTeam: t('Second team', 'Deuxième équipe', 'Dezyèm ekip', 'Segundo equipo'),
};

const guardian = 'trinidad-guardian-2025-01-second-guatemalan-group';
const nycarib = 'nycaribnews-2025-06-short-of-troops';

export const mssDataset: MssDataset = {
  meta: {
    title: t(
      'The Multinational Security Support mission in Haiti: reported figures',
      "La mission multinationale d'appui à la sécurité en Haïti : chiffres publiés",
      'Misyon Sipò Miltinasyonal pou Sekirite an Ayiti: chif ki pibliye',
      'La misión Multinacional de Apoyo a la Seguridad en Haití: cifras publicadas',
    ),
    asOf: '2025-12-08',
    version: '1.0.0',
    license:
      'The compilation is MIT-licensed with the package. Each figure is a fact reported by the cited source; quotes are short excerpts kept so that every figure can be checked.',
    seedArticle: 'seed-article',
  },

  sources,

  deployments: [
    {
      id: 'ke-1',
      date: '2024-06-25',
      country: 'KE',
      // Kenya's government flagged off 400 (AFP reported the same 400), but the outlets that reported the
      // landing count 200, and the 4 January 2025 head-count of 400 Kenyans fits 200 + 200 better than
      // 400 + 200. Neither side is dropped: the range 200–400 is what is known.
      personnel: {
        kind: 'disputed',
        reports: [
          {
            kind: 'exact',
            value: 400,
            sources: ['diaspora-messenger-2024-06-flag-off'],
            note: 'Officers flagged off for Haiti by the Kenyan government the day before; AFP also reported 400.',
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
      label: contingent.first,
    },
    {
      id: 'ke-2',
      date: '2024-07-16',
      country: 'KE',
      // AP gives 200; HaitiLibre's flash report says "around 200". The two agree on the value, so this is
      // not a dispute: one exact figure citing both, with HaitiLibre's wording kept in the note.
      personnel: {
        kind: 'exact',
        value: 200,
        sources: ['independent-ap-2024-07-second-contingent', 'haitilibre-2024-07-second-contingent'],
        note: 'AP reports 200 officers; HaitiLibre reported "around 200" on the day.',
      },
      service: 'police',
      label: contingent.second,
    },
    {
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
      label: contingent.firstTeam,
    },
    {
      id: 'bz-1',
      date: '2024-09-12',
      country: 'BZ',
      personnel: { kind: 'exact', value: 2, sources: ['prensa-latina-2024-09-jamaica-belize'] },
      service: 'military',
      label: contingent.firstTeam,
    },
    {
      id: 'bs-1',
      date: '2024-10-18',
      country: 'BS',
      personnel: { kind: 'exact', value: 6, sources: ['kahawatungu-2024-10-bahamas-advance-team'] },
      service: 'military',
      label: t('Advance team', 'Équipe précurseur', 'Ekip avangad', 'Equipo de avanzada'),
      note: 'Royal Bahamas Defence Force.',
    },
    {
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
    },
    {
      id: 'gt-1',
      date: '2025-01-03',
      country: 'GT',
      personnel: { kind: 'exact', value: 75, sources: ['haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers'] },
      service: 'military',
      label: contingent.firstTeam,
    },
    {
      id: 'sv-1',
      date: '2025-01-03',
      country: 'SV',
      personnel: { kind: 'exact', value: 8, sources: ['haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers'] },
      service: 'military',
      label: contingent.firstTeam,
    },
    {
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
      label: contingent.secondTeam,
    },
    {
      id: 'ke-3',
      date: '2025-01-18',
      country: 'KE',
      personnel: { kind: 'exact', value: 217, sources: ['kahawatungu-2025-01-18-third-contingent'] },
      service: 'police',
      label: contingent.third,
    },
    {
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
      label: contingent.secondTeam,
    },
    {
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
      label: contingent.fourth,
    },
    {
      id: 'ke-5',
      date: '2025-12-08',
      country: 'KE',
      personnel: { kind: 'exact', value: 230, sources: ['kdrtv-2025-12-fifth-contingent'] },
      service: 'police',
      label: contingent.fifth,
      note: 'About 100 officers were rotating out as this contingent arrived.',
    },
  ],

  pledges: [
    {
      country: 'KE',
      // The planned-force report (1,000 of 2,500 Kenyan) states the same number.
      personnel: {
        kind: 'exact',
        value: 1000,
        sources: ['tuko-2025-02-fourth-contingent', 'stening-simpson-2024-06-kenyan-police-land'],
      },
      date: '2023',
    },
    {
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
    },
    {
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
    },
    {
      country: 'BS',
      personnel: { kind: 'exact', value: 150, sources: ['breaking-latest-2023-08-caribbean-pledges'] },
      date: '2023-08',
      note: 'Reuters (29 February 2024) listed the Bahamas among four countries for which "it was not immediately clear how many personnel" they had pledged.',
    },
    {
      country: 'BZ',
      personnel: {
        kind: 'exact',
        value: 50,
        sources: ['bdnews24-reuters-belize-pledge', 'prensa-latina-2024-09-jamaica-belize'],
      },
      date: '2024',
    },
    {
      country: 'GT',
      personnel: { kind: 'exact', value: 150, sources: ['frontier-post-reuters-central-american-troops'] },
      date: '2024-09',
      note: 'Military police.',
    },
    {
      country: 'SV',
      personnel: { kind: 'exact', value: 78, sources: ['frontier-post-reuters-central-american-troops'] },
      date: '2024-08',
      note: 'Soldiers for medical evacuation, plus three helicopters.',
    },
    {
      country: 'BD',
      personnel: { kind: 'undisclosed', sources: ['reuters-2024-02-29-pledges', 'seed-article'] },
      date: '2024-02-29',
    },
    {
      country: 'BB',
      personnel: { kind: 'undisclosed', sources: ['reuters-2024-02-29-pledges', 'seed-article'] },
      date: '2024-02-29',
    },
    {
      country: 'TD',
      personnel: { kind: 'undisclosed', sources: ['reuters-2024-02-29-pledges', 'seed-article'] },
      date: '2024-02-29',
    },
    {
      country: 'AG',
      personnel: {
        kind: 'undisclosed',
        sources: ['village-voice-2023-09-27-antigua-barbuda', 'seed-article'],
        note: 'Antigua and Barbuda committed troops without deciding how many.',
      },
      date: '2023-09-27',
    },
    {
      country: 'GY',
      personnel: {
        kind: 'undisclosed',
        sources: ['seed-article'],
        note: 'Named as a contributor only in the seed article; no number found.',
      },
      date: '2025-01',
    },
  ],

  references: [
    {
      id: 'planned-strength',
      kind: 'planned-strength',
      date: '2024-06',
      // "Up to 2,500" states the plan's ceiling; it does not qualify the number (as "about" would), and
      // the other source states the same 2,500 plainly, so the planned strength is exact.
      value: {
        kind: 'exact',
        value: 2500,
        sources: ['stening-simpson-2024-06-kenyan-police-land', 'eagle-news-feed-2024-09-30-mission-renewed'],
      },
      label: t('Planned strength', 'Effectif prévu', 'Efektif ki te planifye', 'Efectivo previsto'),
      note: '1,000 of them Kenyan. In September 2024 the plan was described as "up to 2,500 officers deployed in phases", at an estimated cost of around $600 million a year.',
    },
    {
      id: 'pledged-total',
      kind: 'pledged-total',
      date: '2025-01',
      value: {
        kind: 'approximate',
        qualifier: 'more-than',
        value: 3100,
        sources: ['legalbrief-reuters-2025-01-kenya-reinforcements'],
      },
      label: t('Pledged', 'Promis', 'Pwomès', 'Comprometido'),
      note: 'Pledged by about 10 countries together.',
    },
    {
      id: 'gsf-ceiling',
      kind: 'authorised-ceiling',
      date: '2025-09-30',
      value: { kind: 'exact', value: 5550, sources: ['menafn-ians-2025-09-gang-suppression-force'] },
      label: t(
        'Gang Suppression Force ceiling',
        'Plafond de la Force de répression des gangs',
        'Plafon Fòs Sipresyon Gang',
        'Techo de la Fuerza de Supresión de Pandillas',
      ),
      note: '5,500 uniformed personnel and 50 civilians (Resolution 2793).',
    },
  ],

  strength: [
    {
      date: '2025-01-04',
      total: exact(590, guardian),
      breakdown: [
        { countries: ['KE'], personnel: exact(400, guardian) },
        { countries: ['GT'], personnel: exact(150, guardian) },
        { countries: ['SV'], personnel: exact(8, guardian) },
        { countries: ['BS'], personnel: exact(6, guardian) },
        { countries: ['JM'], personnel: exact(24, guardian) },
        { countries: ['BZ'], personnel: exact(2, guardian) },
      ],
      note: 'Lists six Bahamians, while the 59-strong Bahamian maritime team served from 28 December 2024 to 8 February 2025 (The Tribune).',
      sources: [guardian],
    },
    {
      date: '2025-02-04',
      total: {
        kind: 'disputed',
        reports: [
          { kind: 'exact', value: 859, sources: ['radio-tele-dromage-2025-02-salvadoran-soldiers'] },
          {
            kind: 'approximate',
            qualifier: 'more-than',
            value: 900,
            sources: ['hch-efe-2025-02-04-salvadoran-troops'],
            note: 'EFE, in a copy by an aggregator (low confidence).',
          },
        ],
      },
      breakdown: [
        {
          countries: ['KE'],
          // The quote gives "(700)" with no qualifier; as everywhere, the source's own wording decides.
          personnel: {
            kind: 'exact',
            value: 700,
            sources: ['hch-efe-2025-02-04-salvadoran-troops'],
            note: 'EFE: "in their immense majority Kenyans (700)".',
          },
        },
        {
          countries: ['SV'],
          personnel: { kind: 'exact', value: 78, sources: ['radio-tele-dromage-2025-02-salvadoran-soldiers'] },
        },
      ],
      sources: ['radio-tele-dromage-2025-02-salvadoran-soldiers', 'hch-efe-2025-02-04-salvadoran-troops'],
    },
    {
      date: '2025-02-06',
      breakdown: [
        { countries: ['KE'], personnel: { kind: 'exact', value: 744, sources: ['kenyans-2025-02-144-officers'] } },
      ],
      note: 'Kenyan police only, after the fourth contingent. AP wrote that the new officers joined "more than 600 other Kenyans".',
      sources: ['kenyans-2025-02-144-officers'],
    },
    {
      date: '2025-06',
      dateApproximate: true,
      breakdown: [
        { countries: ['GT'], personnel: exact(150, nycarib) },
        { countries: ['SV'], personnel: exact(78, nycarib) },
        { countries: ['JM'], personnel: exact(23, nycarib) },
        { countries: ['BS', 'BZ'], personnel: exact(8, nycarib) },
      ],
      note: 'Partial list of non-Kenyan contingents; Bahamas and Belize were reported together.',
      sources: [nycarib],
    },
    {
      // No number: the source gives a share of the authorised strength but not the base it used, and a
      // number derived from a guessed base (40% of the planned 2,500 would be 1,000) is one no source gave.
      date: '2025-09',
      note: 'The mission "operated below 40% of its authorized personnel strength" (Le Monde).',
      sources: ['am1-lemonde-2025-09-mission-ends'],
    },
    {
      date: '2025-12-08',
      total: { kind: 'exact', value: 980, sources: ['businessday-reuters-2025-12-09-un-expands-mission'] },
      note: 'After the fifth Kenyan contingent arrived.',
      sources: ['businessday-reuters-2025-12-09-un-expands-mission'],
    },
  ],

  displacement: [
    {
      date: '2023-12',
      idps: { kind: 'exact', value: 315000, sources: ['donare-iom-2025-01-one-million-displaced'] },
    },
    {
      date: '2024-03',
      idps: { kind: 'exact', value: 362551, sources: ['reliefweb-iom-2024-06-round-7'] },
      label: t('IOM DTM Round 6', 'OIM DTM Round 6', 'OIM DTM Wonn 6', 'OIM DTM Ronda 6'),
    },
    {
      date: '2024-06',
      idps: { kind: 'exact', value: 578074, sources: ['reliefweb-iom-2024-06-round-7'] },
      label: t('IOM DTM Round 7', 'OIM DTM Round 7', 'OIM DTM Wonn 7', 'OIM DTM Ronda 7'),
    },
    {
      date: '2024-09',
      idps: { kind: 'exact', value: 702973, sources: ['actual-news-afp-2024-09-displaced'] },
    },
    {
      date: '2024-12',
      idps: { kind: 'exact', value: 1041000, sources: ['donare-iom-2025-01-one-million-displaced'] },
      published: '2025-01-14',
    },
    {
      date: '2025-06',
      idps: {
        kind: 'approximate',
        qualifier: 'nearly',
        value: 1300000,
        sources: ['anews-2025-06-11-record-displacement'],
      },
      note: 'A 24% increase since December 2024.',
    },
    {
      date: '2025-09-30',
      idps: {
        kind: 'approximate',
        qualifier: 'at-least',
        value: 1400000,
        sources: ['caribbean-times-2025-09-binuh-displaced'],
      },
      label: 'BINUH',
    },
    {
      date: '2025-10',
      idps: {
        kind: 'approximate',
        qualifier: 'more-than',
        value: 1400000,
        sources: ['news-ghana-2025-10-displacement-record'],
      },
      note: 'A 36% increase since December 2024.',
    },
  ],

  casualties: [
    {
      id: '2023',
      period: { from: '2023-01', to: '2023-12', grain: 'year' },
      // One record, not one per metric: both sources report "people killed" ("4,789 people were killed",
      // "4,451 murders were documented") for the same year; they differ in how the UN counted (police
      // homicide data in the Secretary-General's report, cases documented by OHCHR). Two records would put
      // two bars on one year of a chart of the killed; a dispute shows the range and keeps both sources.
      metric: 'killed',
      count: {
        kind: 'disputed',
        reports: [
          {
            kind: 'exact',
            value: 4789,
            sources: ['haitian-times-2024-01-24-un-report-2023'],
            note: t(
              "Homicides from Haitian police data, in the UN Secretary-General's report.",
              'Homicides selon les données de la police haïtienne, dans le rapport du Secrétaire général de l’ONU.',
              'Omisid dapre done polis ayisyen an, nan rapò Sekretè jeneral ONI a.',
              'Homicidios según datos de la policía haitiana, en el informe del secretario general de la ONU.',
            ),
          },
          {
            kind: 'exact',
            value: 4451,
            sources: ['pledge-times-france24-2024-cataclysm'],
            note: t(
              'Killings documented by the UN human rights office (OHCHR).',
              'Meurtres documentés par le Haut-Commissariat des Nations unies aux droits de l’homme (HCDH).',
              'Asasina biwo dwa moun ONI a (OHCHR) dokimante.',
              'Asesinatos documentados por la oficina de derechos humanos de la ONU (ACNUDH).',
            ),
          },
        ],
        note: t(
          "The UN Secretary-General's report counts homicides from police data; OHCHR counts killings it documented.",
          'Le rapport du Secrétaire général de l’ONU compte les homicides d’après les données de la police ; le HCDH compte les meurtres qu’il a documentés.',
          'Rapò Sekretè jeneral ONI a konte omisid dapre done polis; OHCHR konte asasina li dokimante.',
          'El informe del secretario general de la ONU cuenta los homicidios según datos policiales; el ACNUDH cuenta los asesinatos que documentó.',
        ),
      },
    },
    {
      id: '2023-q4',
      period: { from: '2023-10', to: '2023-12', grain: 'quarter' },
      metric: 'killed',
      count: { kind: 'exact', value: 1104, sources: ['telesur-2024-07-first-half-most-violent'] },
    },
    {
      id: '2024',
      period: { from: '2024-01', to: '2024-12', grain: 'year' },
      metric: 'killed',
      count: {
        kind: 'disputed',
        reports: [
          {
            kind: 'approximate',
            qualifier: 'at-least',
            value: 5601,
            sources: ['menafn-kuna-2025-01-5600-killed'],
            note: t('OHCHR, 7 January 2025.', 'HCDH, 7 janvier 2025.', 'OHCHR, 7 janvye 2025.', 'ACNUDH, 7 de enero de 2025.'),
          },
          {
            kind: 'exact',
            value: 5626,
            sources: ['menafn-kuna-2025-01-5600-killed'],
            note: t('Later BINUH count.', 'Décompte ultérieur du BINUH.', 'Kont BINUH te fè apre.', 'Recuento posterior de la BINUH.'),
          },
        ],
      },
      published: '2025-01-07',
    },
    {
      id: '2024-jan-sep',
      period: { from: '2024-01', to: '2024-09', grain: 'span' },
      metric: 'killed',
      count: {
        kind: 'approximate',
        qualifier: 'at-least',
        value: 3661,
        sources: ['digital-journal-afp-2024-09-27-3661-killed'],
      },
      published: '2024-09-27',
      note: 'Since the start of 2024, up to the report of 27 September 2024.',
    },
    {
      id: '2024-q1',
      period: { from: '2024-01', to: '2024-03', grain: 'quarter' },
      metric: 'killed',
      count: { kind: 'exact', value: 1660, sources: ['telesur-2024-07-first-half-most-violent'] },
      injured: { kind: 'exact', value: 845, sources: ['telesur-2024-07-first-half-most-violent'] },
    },
    {
      id: '2024-q2',
      period: { from: '2024-04', to: '2024-06', grain: 'quarter' },
      metric: 'killed-or-injured',
      count: { kind: 'exact', value: 1379, sources: ['lactualite-2024-q2-binuh'] },
      note: 'Killed and injured together; the report found gives no separate count of the killed.',
    },
    {
      id: '2024-q3',
      period: { from: '2024-07', to: '2024-09', grain: 'quarter' },
      metric: 'killed',
      count: { kind: 'exact', value: 1223, sources: ['vi-news-2024-q3-surge-in-violence'] },
    },
    {
      id: '2024-q4',
      period: { from: '2024-10', to: '2024-12', grain: 'quarter' },
      metric: 'killed',
      // "At least 1,732 people were killed and 411 injured": the UN's "at least" covers both counts of
      // the clause (documented cases are minimums), so both stay approximate.
      count: { kind: 'approximate', qualifier: 'at-least', value: 1732, sources: ['donare-2025-01-human-rights-grim'] },
      injured: { kind: 'approximate', qualifier: 'at-least', value: 411, sources: ['donare-2025-01-human-rights-grim'] },
    },
    {
      id: '2024-10-to-2025-06',
      period: { from: '2024-10', to: '2025-06', grain: 'span' },
      metric: 'killed',
      count: {
        kind: 'approximate',
        qualifier: 'more-than',
        value: 4800,
        sources: ['africanews-2025-08-03-human-rights-worrying'],
      },
      note: 'Killed by gang violence.',
    },
    {
      id: '2025-q1',
      period: { from: '2025-01', to: '2025-03', grain: 'quarter' },
      metric: 'killed',
      count: { kind: 'exact', value: 1617, sources: ['haiti-chronicle-2025-04-1617-dead'] },
    },
    {
      id: '2025-q2',
      period: { from: '2025-04', to: '2025-06', grain: 'quarter' },
      metric: 'killed',
      // Same construction as 2024 Q4: "at least" covers the injured too.
      count: {
        kind: 'approximate',
        qualifier: 'at-least',
        value: 1520,
        sources: ['caribbean-times-2025-q2-1520-killed'],
      },
      injured: {
        kind: 'approximate',
        qualifier: 'at-least',
        value: 609,
        sources: ['caribbean-times-2025-q2-1520-killed'],
      },
    },
    {
      id: '2025-q3',
      period: { from: '2025-07', to: '2025-09', grain: 'quarter' },
      metric: 'killed',
      count: { kind: 'exact', value: 1247, sources: ['anews-2025-11-12-1247-killed'] },
      injured: { kind: 'exact', value: 710, sources: ['anews-2025-11-12-1247-killed'] },
    },
  ],

  funding: [
    {
      date: '2024-02-29',
      kind: 'deposited',
      amountUsd: { kind: 'exact', value: 10_800_000, sources: ['reuters-2024-02-29-pledges'] },
    },
    {
      date: '2024-02-29',
      kind: 'pledged',
      amountUsd: { kind: 'exact', value: 78_000_000, sources: ['reuters-2024-02-29-pledges'] },
      note: 'Further pledges, on top of the money already deposited.',
    },
    {
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
    },
    {
      date: '2024-12',
      dateApproximate: true,
      kind: 'pledged',
      amountUsd: { kind: 'exact', value: 110_300_000, sources: ['kbc-2025-02-juma-funding-freeze'] },
      note: 'Total pledged by the end of 2024.',
    },
    {
      date: '2024-12',
      dateApproximate: true,
      kind: 'received',
      amountUsd: { kind: 'exact', value: 85_000_000, sources: ['kbc-2025-02-juma-funding-freeze'] },
      note: 'Total received by the end of 2024.',
    },
    {
      date: '2025-02-04',
      kind: 'frozen',
      amountUsd: { kind: 'exact', value: 13_300_000, sources: ['urdupoint-afp-2025-02-us-freezes-funding'] },
      note: 'US contributions still unpaid when the United States froze its funding.',
    },
  ],

  milestones: [
    {
      id: 'resolution-2699',
      date: '2023-10-02',
      event: t(
        'UN Security Council Resolution 2699 authorises the Multinational Security Support mission for an initial year (13 in favour, 2 abstentions)',
        "La résolution 2699 du Conseil de sécurité de l'ONU autorise la mission multinationale d'appui à la sécurité pour une première année (13 voix pour, 2 abstentions)",
        'Rezolisyon 2699 Konsèy Sekirite ONI an otorize misyon Sipò Miltinasyonal pou Sekirite a pou yon premye ane (13 vòt pou, 2 abstansyon)',
        'La Resolución 2699 del Consejo de Seguridad de la ONU autoriza la misión Multinacional de Apoyo a la Seguridad por un primer año (13 votos a favor, 2 abstenciones)',
      ),
      short: t('Resolution 2699', 'Résolution 2699', 'Rezolisyon 2699', 'Resolución 2699'),
      sources: ['un-press-sc15432-2023-10-02', 'seed-article'],
    },
    {
      id: 'first-contingent',
      date: '2024-06-25',
      event: t(
        'The first Kenyan contingent lands in Port-au-Prince',
        'Le premier contingent kényan atterrit à Port-au-Prince',
        'Premye kontenjan kenyan an ateri Pòtoprens',
        'El primer contingente keniano aterriza en Puerto Príncipe',
      ),
      short: contingent.first,
      sources: ['le-nouvelliste-2024-07-first-contingent', 'independent-ap-2024-07-second-contingent'],
    },
    {
      id: 'mandate-renewed-2024',
      date: '2024-09-30',
      event: t(
        "The Security Council unanimously extends the mission's authorisation by one year",
        "Le Conseil de sécurité prolonge à l'unanimité d'un an l'autorisation de la mission",
        'Konsèy Sekirite a pwolonje otorizasyon misyon an pou yon ane, alinanimite',
        'El Consejo de Seguridad prorroga por unanimidad un año la autorización de la misión',
      ),
      short: t('Mandate renewed', 'Mandat renouvelé', 'Manda renouvle', 'Mandato renovado'),
      sources: ['eagle-news-feed-2024-09-30-mission-renewed'],
    },
    {
      id: 'us-funding-freeze',
      date: '2025-02-04',
      event: t(
        "The United States freezes its unpaid contributions to the mission's trust fund",
        "Les États-Unis gèlent leurs contributions non versées au fonds d'affectation spéciale de la mission",
        'Etazini bloke kontribisyon li poko peye nan fon fidisyè misyon an',
        'Estados Unidos congela sus contribuciones pendientes al fondo fiduciario de la misión',
      ),
      short: t('US funding freeze', 'Gel des fonds américains', 'Etazini bloke lajan', 'Congelación de fondos de EE. UU.'),
      sources: ['urdupoint-afp-2025-02-us-freezes-funding'],
    },
    {
      id: 'resolution-2793',
      date: '2025-09-30',
      event: t(
        'Resolution 2793 creates the Gang Suppression Force (12 in favour, 3 abstentions; ceiling of 5,550: 5,500 uniformed personnel and 50 civilians)',
        'La résolution 2793 crée la Force de répression des gangs (12 voix pour, 3 abstentions ; plafond de 5 550 : 5 500 personnels en uniforme et 50 civils)',
        'Rezolisyon 2793 kreye Fòs Sipresyon Gang (12 vòt pou, 3 abstansyon; plafon 5 550: 5 500 pèsonèl an inifòm ak 50 sivil)',
        'La Resolución 2793 crea la Fuerza de Supresión de Pandillas (12 votos a favor, 3 abstenciones; techo de 5.550: 5.500 uniformados y 50 civiles)',
      ),
      short: t('Gang Suppression Force', 'Force anti-gangs', 'Fòs Sipresyon Gang', 'Fuerza antipandillas'),
      sources: ['menafn-ians-2025-09-gang-suppression-force'],
    },
    {
      id: 'mss-mandate-expires',
      date: '2025-10-02',
      event: t(
        "The Multinational Security Support mission's mandate expires",
        "Le mandat de la mission multinationale d'appui à la sécurité expire",
        'Manda misyon Sipò Miltinasyonal pou Sekirite a fini',
        'Expira el mandato de la misión Multinacional de Apoyo a la Seguridad',
      ),
      short: t('MSS mandate ends', 'Fin du mandat MSS', 'Manda MSS la fini', 'Fin del mandato MSS'),
      sources: ['kdrtv-2025-10-new-military-force'],
    },
    {
      id: 'fifth-contingent',
      date: '2025-12-08',
      event: t(
        'The fifth Kenyan contingent (230 officers) arrives; the force numbers 980',
        'Arrivée du cinquième contingent kényan (230 policiers) ; la force compte 980 personnes',
        'Senkyèm kontenjan kenyan an (230 polisye) rive; fòs la gen 980 moun',
        'Llega el quinto contingente keniano (230 agentes); la fuerza suma 980 efectivos',
      ),
      short: contingent.fifth,
      sources: ['kdrtv-2025-12-fifth-contingent', 'businessday-reuters-2025-12-09-un-expands-mission'],
    },
  ],

  seedClaims: [
    {
      id: 'approval',
      claim:
        'The UN Security Council approved the mission on 2 October 2023; it is not a UN operation but is led by Kenya, in coordination with the Haitian National Police.',
      verdict: 'confirmed',
      finding: 'Resolution 2699 of 2 October 2023, adopted by 13 votes in favour with 2 abstentions.',
      about: ['milestones:resolution-2699'],
      sources: ['seed-article', 'un-press-sc15432-2023-10-02'],
    },
    {
      id: 'first-contingent-400',
      claim: "Kenya's first contingent of 400 elite police officers landed at Port-au-Prince airport on 25 June 2024.",
      verdict: 'disputed',
      finding:
        "Kenya's government (and AFP) reported 400 officers flagged off; AP and Le Nouvelliste report 200 landing on 25 June. The 4 January 2025 head-count lists 400 Kenyans after two contingents.",
      about: ['deployments:ke-1', 'strength:2025-01-04'],
      sources: [
        'seed-article',
        'diaspora-messenger-2024-06-flag-off',
        'le-nouvelliste-2024-07-first-contingent',
        'independent-ap-2024-07-second-contingent',
        'trinidad-guardian-2025-01-second-guatemalan-group',
      ],
    },
    {
      id: 'second-contingent-200',
      claim: 'A second contingent of 200 officers arrived on 16 July 2024.',
      verdict: 'confirmed',
      finding: 'AP reports 200 officers on 16 July 2024; HaitiLibre reported "around 200".',
      about: ['deployments:ke-2'],
      sources: ['seed-article', 'independent-ap-2024-07-second-contingent', 'haitilibre-2024-07-second-contingent'],
    },
    {
      id: 'third-contingent-217',
      claim: 'A third contingent of 217 Kenyan police officers landed last week.',
      verdict: 'confirmed',
      finding: 'The 217 officers landed on Saturday 18 January 2025.',
      about: ['deployments:ke-3'],
      sources: ['seed-article', 'kahawatungu-2025-01-18-third-contingent'],
    },
    {
      id: 'next-batch-400',
      claim: 'A next batch of 400 officers is expected soon.',
      verdict: 'disputed',
      finding:
        'The next (fourth) contingent, on 6 February 2025, numbered 144 according to Kenyan outlets and 200 according to AP; not 400.',
      about: ['deployments:ke-4'],
      sources: ['seed-article', 'kenyans-2025-02-144-officers', 'buzzing-hub-ap-2025-02-fourth-contingent'],
    },
    {
      id: 'kenyans-over-600',
      claim: 'More than 600 Kenyan police officers are already in Haiti.',
      verdict: 'confirmed',
      finding:
        'Consistent with the 4 January 2025 head-count of 400 Kenyans plus the 217 who landed on 18 January, and with AP\'s "more than 600 other Kenyans" on 6 February 2025.',
      about: ['strength:2025-01-04', 'deployments:ke-3', 'deployments:ke-4'],
      sources: [
        'seed-article',
        'trinidad-guardian-2025-01-second-guatemalan-group',
        'kahawatungu-2025-01-18-third-contingent',
        'buzzing-hub-ap-2025-02-fourth-contingent',
      ],
    },
    {
      id: 'pledges',
      claim:
        'Caribbean Community members Jamaica, Bahamas, Barbados, and Antigua and Barbuda, and Bangladesh, Benin and Chad have pledged personnel.',
      verdict: 'confirmed',
      finding:
        'Each of these pledges is reported elsewhere; the sizes of the Bangladeshi, Barbadian, Chadian and Antiguan pledges were never made public.',
      about: ['pledges:JM', 'pledges:BS', 'pledges:BB', 'pledges:AG', 'pledges:BD', 'pledges:BJ', 'pledges:TD'],
      sources: [
        'seed-article',
        'breaking-latest-2023-08-caribbean-pledges',
        'reuters-2024-02-29-pledges',
        'village-voice-2023-09-27-antigua-barbuda',
      ],
    },
    {
      id: 'pledge-guyana',
      claim: 'Guyana, a Caribbean Community member, has pledged personnel.',
      verdict: 'unverified',
      finding: "No other source found for Guyana's pledge or its size.",
      about: ['pledges:GY'],
      sources: ['seed-article'],
    },
    {
      id: 'killed-3600',
      claim: 'According to the UN, more than 3,600 people have been killed in Haiti since January 2024.',
      verdict: 'outdated',
      finding:
        'Matches the UN\'s "at least 3,661" published on 27 September 2024; by 7 January 2025 the UN counted at least 5,601 killed in 2024.',
      about: ['casualties:2024-jan-sep', 'casualties:2024'],
      sources: ['seed-article', 'digital-journal-afp-2024-09-27-3661-killed', 'menafn-kuna-2025-01-5600-killed'],
    },
    {
      id: 'children-killed-100',
      claim: 'Over 100 children are among those killed.',
      verdict: 'unverified',
      finding: 'No other source found.',
      sources: ['seed-article'],
    },
    {
      id: 'displaced-500000',
      claim: 'More than 500,000 Haitians have been forced from their homes.',
      verdict: 'outdated',
      finding: 'IOM counted 578,074 displaced people in June 2024 and 1,041,000 in December 2024.',
      about: ['displacement:2024-06', 'displacement:2024-12'],
      sources: ['seed-article', 'reliefweb-iom-2024-06-round-7', 'donare-iom-2025-01-one-million-displaced'],
    },
    {
      id: 'funding-appeal-2024-10',
      claim: 'In October 2024 President Ruto appealed for urgent international financial support.',
      verdict: 'unverified',
      finding: 'No other source found for the appeal.',
      sources: ['seed-article'],
    },
  ],
};
