/** The seed article's claims, each checked against other sources. Part of the default dataset (see `../mss-dataset.ts` for the rules the data follows). */
import type { SeedClaim } from '../types.js';

export const claimApproval: SeedClaim = {
  id: 'approval',
  claim: {
    en: 'The UN Security Council approved the mission on 2 October 2023; it is not a UN operation but is led by Kenya, in coordination with the Haitian National Police.',
    fr: 'Le Conseil de sécurité de l’ONU a approuvé la mission le 2 octobre 2023 ; ce n’est pas une opération de l’ONU, elle est dirigée par le Kenya, en coordination avec la Police nationale d’Haïti.',
    ht: 'Konsèy Sekirite ONI a apwouve misyon an 2 oktòb 2023; se pa yon operasyon ONI, se Kenya ki dirije l, ansanm ak Polis Nasyonal d Ayiti.',
    es: 'El Consejo de Seguridad de la ONU aprobó la misión el 2 de octubre de 2023; no es una operación de la ONU, sino que la dirige Kenia, en coordinación con la Policía Nacional de Haití.',
  },
  verdict: 'confirmed',
  finding: 'Resolution 2699 of 2 October 2023, adopted by 13 votes in favour with 2 abstentions.',
  about: ['milestones:resolution-2699'],
  sources: ['seed-article', 'un-press-sc15432-2023-10-02'],
};

export const claimFirstContingent400: SeedClaim = {
  id: 'first-contingent-400',
  claim: {
    en: "Kenya's first contingent of 400 elite police officers landed at Port-au-Prince airport on 25 June 2024.",
    fr: 'Le premier contingent kényan de 400 policiers d’élite a atterri à l’aéroport de Port-au-Prince le 25 juin 2024.',
    ht: 'Premye kontenjan Kenya a, 400 polisye elit, te ateri nan ayewopò Pòtoprens 25 jen 2024.',
    es: 'El primer contingente keniano de 400 policías de élite aterrizó en el aeropuerto de Puerto Príncipe el 25 de junio de 2024.',
  },
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
  claim: {
    en: 'A second contingent of 200 officers arrived on 16 July 2024.',
    fr: 'Un deuxième contingent de 200 policiers est arrivé le 16 juillet 2024.',
    ht: 'Yon dezyèm kontenjan 200 polisye te rive 16 jiyè 2024.',
    es: 'Un segundo contingente de 200 policías llegó el 16 de julio de 2024.',
  },
  verdict: 'confirmed',
  finding: 'HaitiLibre reported a second contingent of "around 200" officers arriving on 16 July 2024; AP reported the arrival.',
  about: ['deployments:ke-2'],
  sources: ['seed-article', 'independent-ap-2024-07-second-contingent', 'haitilibre-2024-07-second-contingent'],
};

export const claimThirdContingent217: SeedClaim = {
  id: 'third-contingent-217',
  claim: {
    en: 'A third contingent of 217 Kenyan police officers landed last week.',
    fr: 'Un troisième contingent de 217 policiers kényans a atterri la semaine dernière.',
    ht: 'Yon twazyèm kontenjan 217 polisye Kenya te ateri semèn pase a.',
    es: 'Un tercer contingente de 217 policías kenianos aterrizó la semana pasada.',
  },
  verdict: 'confirmed',
  finding: 'The 217 officers landed on Saturday 18 January 2025.',
  about: ['deployments:ke-3'],
  sources: ['seed-article', 'kahawatungu-2025-01-18-third-contingent'],
};

export const claimNextBatch400: SeedClaim = {
  id: 'next-batch-400',
  claim: {
    en: 'A next batch of 400 officers is expected soon.',
    fr: 'Un prochain groupe de 400 policiers est attendu prochainement.',
    ht: 'Yo ap tann yon pwochen gwoup 400 polisye byento.',
    es: 'Se espera pronto un próximo grupo de 400 policías.',
  },
  verdict: 'disputed',
  finding:
    'The next (fourth) contingent, on 6 February 2025, numbered 144 according to Kenyan outlets and 200 according to AP; not 400.',
  about: ['deployments:ke-4'],
  sources: ['seed-article', 'kenyans-2025-02-144-officers', 'buzzing-hub-ap-2025-02-fourth-contingent'],
};

export const claimKenyansOver600: SeedClaim = {
  id: 'kenyans-over-600',
  claim: {
    en: 'More than 600 Kenyan police officers are already in Haiti.',
    fr: 'Plus de 600 policiers kényans sont déjà en Haïti.',
    ht: 'Plis pase 600 polisye Kenya deja ann Ayiti.',
    es: 'Más de 600 policías kenianos ya están en Haití.',
  },
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
  claim: {
    en: 'Caribbean Community members Jamaica, Bahamas, Barbados, and Antigua and Barbuda, and Bangladesh, Benin and Chad have pledged personnel.',
    fr: 'La Jamaïque, les Bahamas, la Barbade et Antigua-et-Barbuda, membres de la Communauté caribéenne, ainsi que le Bangladesh, le Bénin et le Tchad ont promis du personnel.',
    ht: 'Jamayik, Bahamas, Barbad ak Antigwa ak Barbouda, manm Kominote Karayib la, ansanm ak Bangladèch, Benen ak Tchad, te pwomèt bay pèsonèl.',
    es: 'Jamaica, Bahamas, Barbados y Antigua y Barbuda, miembros de la Comunidad del Caribe, así como Bangladés, Benín y Chad han prometido personal.',
  },
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
  claim: {
    en: 'Guyana, a Caribbean Community member, has pledged personnel.',
    fr: 'La Guyana, membre de la Communauté caribéenne, a promis du personnel.',
    ht: 'Giyàn, yon manm Kominote Karayib la, te pwomèt bay pèsonèl.',
    es: 'Guyana, miembro de la Comunidad del Caribe, ha prometido personal.',
  },
  verdict: 'unverified',
  // Not a pledge record: no source gives a personnel pledge by Guyana, so no chart counts one.
  finding: 'No other source found that reports a personnel pledge by Guyana.',
  sources: ['seed-article'],
};

export const claimKilled3600: SeedClaim = {
  id: 'killed-3600',
  claim: {
    en: 'According to the UN, more than 3,600 people have been killed in Haiti since January 2024.',
    fr: 'Selon l’ONU, plus de 3 600 personnes ont été tuées en Haïti depuis janvier 2024.',
    ht: 'Dapre ONI, plis pase 3 600 moun te mouri touye ann Ayiti depi janvye 2024.',
    es: 'Según la ONU, más de 3600 personas han muerto asesinadas en Haití desde enero de 2024.',
  },
  verdict: 'outdated',
  finding:
    'Matches the UN\'s "at least 3,661" published on 27 September 2024; by 7 January 2025 the UN counted at least 5,601 killed in 2024.',
  about: ['casualties:2024-jan-sep', 'casualties:2024'],
  sources: ['seed-article', 'digital-journal-afp-2024-09-27-3661-killed', 'menafn-kuna-2025-01-5600-killed'],
};

export const claimChildrenKilled100: SeedClaim = {
  id: 'children-killed-100',
  // The article's own words are not recorded, so no text shows this claim as a quotation.
  claim: {
    en: 'Over 100 children are among those killed.',
    fr: 'Plus de 100 enfants figurent parmi les personnes tuées.',
    ht: 'Plis pase 100 timoun nan mitan moun yo touye yo.',
    es: 'Más de 100 niños figuran entre las personas muertas.',
  },
  verdict: 'unverified',
  finding: 'No other source found.',
  sources: ['seed-article'],
};

export const claimDisplaced500000: SeedClaim = {
  id: 'displaced-500000',
  claim: {
    en: 'More than 500,000 Haitians have been forced from their homes.',
    fr: 'Plus de 500 000 Haïtiens ont été chassés de chez eux.',
    ht: 'Plis pase 500 000 Ayisyen oblije kite lakay yo.',
    es: 'Más de 500 000 haitianos se han visto obligados a dejar sus hogares.',
  },
  verdict: 'outdated',
  finding: 'IOM counted 578,074 displaced people in June 2024 and 1,041,000 in December 2024.',
  about: ['displacement:2024-06', 'displacement:2024-12'],
  sources: ['seed-article', 'reliefweb-iom-2024-06-round-7', 'donare-iom-2025-01-one-million-displaced'],
};

export const claimFundingAppeal202410: SeedClaim = {
  id: 'funding-appeal-2024-10',
  claim: {
    en: 'In October 2024 President Ruto appealed for urgent international financial support.',
    fr: 'En octobre 2024, le président Ruto a lancé un appel urgent à un soutien financier international.',
    ht: 'Nan mwa oktòb 2024, Prezidan Ruto te fè yon apèl ijan pou sipò finansye entènasyonal.',
    es: 'En octubre de 2024, el presidente Ruto pidió con urgencia apoyo financiero internacional.',
  },
  verdict: 'unverified',
  finding: 'No other source found for the appeal.',
  sources: ['seed-article'],
};

/** Every claim, in the order of the dataset. */
export const seedClaims: SeedClaim[] = [claimApproval, claimFirstContingent400, claimSecondContingent200, claimThirdContingent217, claimNextBatch400, claimKenyansOver600, claimPledges, claimPledgeGuyana, claimKilled3600, claimChildrenKilled100, claimDisplaced500000, claimFundingAppeal202410];
