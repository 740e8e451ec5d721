/**
 * The article's correction box, from the dataset's checks of the seed article (`seedClaims`): every claim
 * found outdated or disputed, what later reports say, and links to them. Written from the data, so the box
 * and the charts above it cannot disagree.
 */
import { textIn } from '../src/data/figure.js';
import { mssDataset } from '../src/data/mss-dataset.js';
import type { SeedClaim } from '../src/data/types.js';
import { safeHttpUrl } from '../src/elements/base/mss-element.js';

const VERDICTS: Partial<Record<SeedClaim['verdict'], string>> = {
  outdated: 'Out of date',
  disputed: 'Disputed',
};

function sourceLinks(claim: SeedClaim): HTMLElement {
  const line = document.createElement('span');
  line.className = 'sources';
  const seed = mssDataset.meta?.seedArticle;
  const cited = claim.sources.filter((id) => id !== seed);
  line.append('Sources: ');
  cited.forEach((id, i) => {
    const source = mssDataset.sources[id];
    if (!source) return;
    if (i > 0) line.append(', ');
    const href = safeHttpUrl(source.url);
    const link = document.createElement(href ? 'a' : 'span');
    if (link instanceof HTMLAnchorElement && href) link.href = href;
    link.textContent = source.publisher;
    link.title = source.title;
    line.append(link);
  });
  line.append('.');
  return line;
}

function render(): void {
  const box = document.getElementById('correction');
  if (!box) return;
  const claims = (mssDataset.seedClaims ?? []).filter((c) => c.verdict in VERDICTS);
  const list = document.createElement('ul');
  for (const claim of claims) {
    const item = document.createElement('li');
    const verdict = document.createElement('span');
    verdict.className = 'verdict';
    verdict.textContent = VERDICTS[claim.verdict] ?? claim.verdict;
    const said = document.createElement('span');
    said.className = 'claim';
    said.textContent = `“${textIn(claim.claim, 'en')}”`;
    item.append(verdict, ' ', said, ' ', textIn(claim.finding, 'en'), ' ', sourceLinks(claim));
    list.append(item);
  }
  box.append(list);
}

render();
