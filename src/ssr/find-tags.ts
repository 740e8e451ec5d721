/**
 * Finds the mss-charts tags in a piece of HTML, with where each starts and ends, its attributes and its
 * inline JSON data, so that server rendering can replace each tag and leave every other byte as it was.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface FoundTag {
  tag: string;
  attributes: [string, string][];
  /** Offsets of the whole element in the input (start tag to end tag). */
  start: number;
  end: number;
  /** The element's own children as written (an inline `<script type="application/json">`, say), kept as is. */
  inner: string;
  /** The text of the first inline `<script type="application/json">` child, if any. */
  json?: string;
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function inlineJson(element: Element): string | undefined {
  for (const child of element.childNodes) {
    if (!isElement(child) || child.tagName !== 'script') continue;
    const type = child.attrs.find((a) => a.name === 'type')?.value.trim().toLowerCase();
    if (type !== 'application/json') continue;
    // A script's content is one text node (the parser keeps it raw).
    const content = (child as unknown as { childNodes: { value?: string }[] }).childNodes;
    return content.map((t) => t.value ?? '').join('');
  }
  return undefined;
}

/** The outermost tags among `tags`, in document order. Tags inside another found tag are left to it. */
export function findTags(markup: string, tags: ReadonlySet<string>): FoundTag[] {
  const found: FoundTag[] = [];
  const visit = (node: Node): void => {
    if (isElement(node) && tags.has(node.tagName)) {
      const location = node.sourceCodeLocation;
      if (!location?.endTag) throw new Error(`<${node.tagName}> has no end tag: write <${node.tagName}></${node.tagName}>.`);
      const json = inlineJson(node);
      found.push({
        tag: node.tagName,
        attributes: node.attrs.map((a) => [a.name, a.value]),
        start: location.startOffset,
        end: location.endOffset,
        inner: markup.slice(location.startTag?.endOffset ?? location.startOffset, location.endTag.startOffset),
        ...(json === undefined ? {} : { json }),
      });
      return;
    }
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
    // <template> keeps its children in `content`.
    if (isElement(node) && node.tagName === 'template') visit((node as unknown as { content: Node }).content);
  };
  visit(parseFragment(markup, { sourceCodeLocationInfo: true }));
  return found;
}
