/**
 * The article's correction box, from the dataset's checks of the seed article (`seedClaims`): every claim
 * found outdated or disputed, what later reports say, and links to them. The words come from
 * `correctionItems`, the one generator the data diff and the tests read too, so the box and the charts above
 * it cannot disagree.
 */
import { correctionItems, type CorrectionItem } from '../src/charts/corrections.js';
import { mssDataset } from '../src/data/mss-dataset.js';
import { safeHttpUrl } from '../src/elements/base/mss-element.js';

function sourceLinks(item: CorrectionItem): HTMLElement {
  const line = document.createElement('span');
  line.className = 'sources';
  line.append('Sources: ');
  item.sources.forEach((source, i) => {
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
  const list = document.createElement('ul');
  for (const correction of correctionItems(mssDataset)) {
    const item = document.createElement('li');
    const verdict = document.createElement('span');
    verdict.className = 'verdict';
    verdict.textContent = correction.verdict;
    const said = document.createElement('span');
    said.className = 'claim';
    said.textContent = correction.claim;
    item.append(verdict, ' ', said, ' ', correction.finding);
    if (correction.sources.length) item.append(' ', sourceLinks(correction));
    list.append(item);
  }
  box.append(list);
}

render();
