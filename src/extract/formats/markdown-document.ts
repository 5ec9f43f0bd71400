import { parse as parseYaml } from 'yaml';
import { invalidInput } from '../../core/errors.js';
import { SourceFormat } from '../../core/source.js';
import { metadataString, normaliseText, type RawDocument } from './raw-document.js';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * A Markdown document: optional YAML front matter (`title`, `published`, `url`, `outlet`,
 * `author`, `language`), and a body reduced to readable text (heading marks, emphasis, link and
 * image syntax removed) so that offsets point at the words a reader sees.
 */
export const markdownDocument = (markdown: string): RawDocument => {
  const match = FRONT_MATTER.exec(markdown);
  let meta: Record<string, unknown> = {};
  if (match) {
    let parsed: unknown;
    try {
      parsed = parseYaml(match[1] ?? '', { schema: 'core' });
    } catch (e) {
      throw invalidInput(
        `its YAML front matter does not parse: ${(e as Error).message.split('\n')[0]}`,
      );
    }
    if (parsed !== null && parsed !== undefined) {
      if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw invalidInput(
          'its YAML front matter must be a mapping of fields such as `title:` and `published:`',
        );
      }
      meta = parsed as Record<string, unknown>;
    }
  }
  const body = match ? markdown.slice(match[0].length) : markdown;
  return {
    format: SourceFormat.Markdown,
    text: normaliseText(markdownToText(body)),
    title: metadataString(meta['title']),
    published: metadataString(meta['published'] ?? meta['date']),
    url: metadataString(meta['url']),
    outlet: metadataString(meta['outlet']),
    author: metadataString(meta['author']),
    language: metadataString(meta['language'] ?? meta['lang']),
  };
};

/** Strips the Markdown syntax that is not part of the prose. */
export const markdownToText = (markdown: string): string =>
  markdown
    .replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/^>[ \t]?/gm, '')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|\W)_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/^(?:-{3,}|\*{3,})[ \t]*$/gm, '');
