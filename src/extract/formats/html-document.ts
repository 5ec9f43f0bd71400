import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SourceFormat } from '../../core/source.js';
import { normaliseText, type RawDocument } from './raw-document.js';

/** Elements whose text is a paragraph of its own in the extracted text. */
const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'DT',
  'DD',
]);
/** Elements inside an article that are page furniture, not its prose (captions, credits). */
const FURNITURE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'SCRIPT', 'STYLE', 'NOSCRIPT']);
/** Elements that are never article text. */
const DROP_SELECTOR =
  'script, style, noscript, template, svg, nav, header, footer, aside, form, iframe, button, figure, figcaption';

// linkedom's DOM types are close to, but not exactly, the browser's; we use the few parts that matter.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  querySelector(selector: string): (DomNode & { getAttribute(name: string): string | null }) | null;
  querySelectorAll(selector: string): ArrayLike<DomNode & { remove(): void }>;
  body: DomNode | null;
  title: string;
  documentElement: { getAttribute(name: string): string | null } | null;
}

const metaContent = (doc: DomDocument, selectors: readonly string[]): string | null => {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
};

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
  'meta[name="sailthru.date"]',
];

const timeElementDate = (doc: DomDocument): string | null =>
  doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() || null;

/**
 * Text of a DOM subtree with block elements as paragraphs separated by blank lines and inline
 * text joined as a reader sees it.
 */
const blockText = (root: DomNode): string => {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || FURNITURE_TAGS.has(node.nodeName)) return;
    if (node.nodeName === 'BR') {
      current += ' ';
      return;
    }
    const isBlock =
      BLOCK_TAGS.has(node.nodeName) || node.nodeName === 'DIV' || node.nodeName === 'SECTION';
    if (isBlock) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
};

/**
 * An HTML page reduced to its main text (Readability on a linkedom DOM; menus, asides, footers and
 * other page furniture dropped), with the title, published time, site name, author and language
 * read from the usual meta tags. Malformed markup is parsed as leniently as a browser would.
 */
export const htmlDocument = (input: string): RawDocument => {
  // A fragment without <html>/<body> is wrapped, as a browser would, so that it has a body.
  const html = /<(?:html|body)[\s>]/i.test(input)
    ? input
    : `<!doctype html><html><body>${input}</body></html>`;
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const published = metaContent(document, PUBLISHED_SELECTORS) ?? timeElementDate(document);
  const outlet = metaContent(document, [
    'meta[property="og:site_name"]',
    'meta[name="application-name"]',
  ]);
  const author = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    metaContent(document, ['meta[property="og:url"]']);
  const language = document.documentElement?.getAttribute('lang')?.trim() || null;
  const metaTitle =
    metaContent(document, ['meta[property="og:title"]']) ?? (document.title.trim() || null);

  let text = '';
  let title = metaTitle;
  try {
    // Readability mutates the document it reads, so it gets its own copy.
    // Readability is typed against the browser's DOM, which this (Node) project does not load.
    const copy = (parseHTML(html) as unknown as { document: never }).document;
    const article = new Readability(copy).parse();
    if (article?.content) {
      const { document: articleDoc } = parseHTML(
        `<!doctype html><html><body>${article.content}</body></html>`,
      ) as unknown as {
        document: DomDocument;
      };
      text = articleDoc.body ? blockText(articleDoc.body) : '';
      title = article.title?.trim() || title;
    }
  } catch {
    // Readability gives up on some broken pages; the fallback below still reads the body.
  }
  if (text.trim().length < 40) {
    for (const el of Array.from(document.querySelectorAll(DROP_SELECTOR))) el.remove();
    const main =
      document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    text = main ? blockText(main) : '';
  }
  return {
    format: SourceFormat.Html,
    text: normaliseText(text),
    title,
    published,
    url: url ?? null,
    outlet,
    author,
    language,
  };
};
