/**
 * The correction box of an article built on the seed article: every claim of it that later reports found
 * out of date or disputed, what they say, and who says it. Pure, so the demo article's box, the data diff
 * and the tests read the same words.
 */
import { textIn } from '../data/figure.js';
import type { MssDataset, SeedClaim, SourceId } from '../data/types.js';
import type { SourceRef } from './spec.js';
import { sourceRefs } from './common.js';

/** Verdicts a correction box shows, and how it names them; confirmed and unverified claims need no correction. */
export const CORRECTION_VERDICTS: Partial<Record<SeedClaim['verdict'], string>> = {
  outdated: 'Out of date',
  disputed: 'Disputed',
};

export interface CorrectionItem {
  id: string;
  verdict: string;
  /** What the article said, in quotes. */
  claim: string;
  /** What later reports say. */
  finding: string;
  /** The later reports, without the seed article itself. */
  sources: SourceRef[];
}

export function correctionItems(data: MssDataset, locale = 'en'): CorrectionItem[] {
  const seed = data.meta?.seedArticle;
  return (data.seedClaims ?? []).flatMap((c) => {
    const verdict = CORRECTION_VERDICTS[c.verdict];
    if (!verdict) return [];
    const cited: SourceId[] = c.sources.filter((id) => id !== seed);
    return [{ id: c.id, verdict, claim: `“${textIn(c.claim, locale)}”`, finding: textIn(c.finding, locale), sources: sourceRefs(data, cited) }];
  });
}

/** One correction as a line of text: "Out of date “…” Later reports say … Sources: A, B." */
export function correctionText(item: CorrectionItem): string {
  const sources = item.sources.length ? ` Sources: ${item.sources.map((s) => s.publisher).join(', ')}.` : '';
  return `${item.verdict} ${item.claim} ${item.finding}${sources}`;
}
