import type { SourceFormat } from '../../core/source.js';

/** A document's readable text and the metadata its format carried, before anything is stored. */
export interface RawDocument {
  readonly format: SourceFormat;
  readonly text: string;
  readonly title: string | null;
  /** The published date or time exactly as the document gave it; normalised later. */
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly language: string | null;
}

export const emptyMetadata = {
  title: null,
  published: null,
  url: null,
  outlet: null,
  author: null,
  language: null,
} as const satisfies Omit<RawDocument, 'format' | 'text'>;

/**
 * Normalises a text body: one line-end convention, no trailing spaces, no runs of more than one
 * blank line, no surrounding white space. Offsets are taken against this text, so it is applied once.
 * @example normaliseText('a  \r\n\r\n\r\nb') // 'a\n\nb'
 */
export const normaliseText = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** A metadata value as a trimmed non-empty string, or null. */
export const metadataString = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return null;
};
