/** What the dataset is: its title, date, version and licence, and the article it started from. */
import type { Meta, Source } from '../types.js';
import { t } from './text.js';

// The source the dataset starts from: `meta.seedArticle` names it.
/** `seed-article` */
export const seedArticle: Source = {
  // The article the project started from. It was read in print-style copy without an address or
  // outlet name; its publication week follows from "last week" for the 18 January 2025 landing.
  publisher: 'Kenyan news report (outlet not recorded)',
  title: "Trump supports Kenya's mission in Haiti-Ruto",
  published: '2025-01',
  confidence: 'M',
};

export const meta: Meta = {
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
};
