import { invalidInput } from '../../core/errors.js';
import { SourceFormat } from '../../core/source.js';
import { htmlDocument } from './html-document.js';
import { jsonDocument } from './json-document.js';
import { markdownDocument } from './markdown-document.js';
import { plainTextDocument } from './plain-text-document.js';
import type { RawDocument } from './raw-document.js';

/**
 * Reads a document of a known format. A JSON file may hold one object or an array of them, so
 * this returns a list.
 */
export const parseDocuments = (format: SourceFormat, text: string): RawDocument[] => {
  switch (format) {
    case SourceFormat.Text:
      return [plainTextDocument(text)];
    case SourceFormat.Markdown:
      return [markdownDocument(text)];
    case SourceFormat.Html:
      return [htmlDocument(text)];
    case SourceFormat.Json: {
      const value = parseJson(text);
      return Array.isArray(value)
        ? value.map((v, i) => withIndex(i, () => jsonDocument(v)))
        : [jsonDocument(value)];
    }
  }
};

const withIndex = <T>(index: number, f: () => T): T => {
  try {
    return f();
  } catch (e) {
    throw invalidInput(`item ${index + 1} of the array: ${(e as Error).message}`);
  }
};

export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw invalidInput(`is not valid JSON (${(e as Error).message})`);
  }
};

/**
 * Guesses the format of text that came with no name (standard input, a URL without a useful
 * content type): markup, JSON, front matter, or plain text.
 * @example sniffFormat('<!doctype html><p>x') // 'html'
 */
export const sniffFormat = (text: string): SourceFormat => {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<(?:head|body|article|p|div)[\s>]/.test(head)
  ) {
    return SourceFormat.Html;
  }
  if (head.startsWith('{') || head.startsWith('[')) return SourceFormat.Json;
  if (head.startsWith('---\n') || head.startsWith('---\r\n') || /^#{1,6} /.test(head))
    return SourceFormat.Markdown;
  return SourceFormat.Text;
};
