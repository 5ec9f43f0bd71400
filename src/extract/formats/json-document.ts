import { invalidInput } from '../../core/errors.js';
import { SourceFormat } from '../../core/source.js';
import { metadataString, normaliseText, type RawDocument } from './raw-document.js';

/**
 * A document given as a JSON object with `text` and optional metadata fields
 * (`title`, `published`, `url`, `outlet`, `author`, `language`).
 */
export const jsonDocument = (value: unknown): RawDocument => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInput('expected a JSON object with a "text" field');
  }
  const record = value as Record<string, unknown>;
  const text = record['text'];
  if (typeof text !== 'string') {
    throw invalidInput(
      'the JSON object has no "text" string field; give the article body as "text"',
    );
  }
  return {
    format: SourceFormat.Json,
    text: normaliseText(text),
    title: metadataString(record['title']),
    published: metadataString(record['published'] ?? record['date']),
    url: metadataString(record['url']),
    outlet: metadataString(record['outlet']),
    author: metadataString(record['author']),
    language: metadataString(record['language'] ?? record['lang']),
  };
};
