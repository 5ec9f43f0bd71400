import type { SourceId } from './ids.js';
import type { IsoDate } from './partial-date.js';

/** The input formats Telltale reads. */
export const SourceFormat = {
  Text: 'text',
  Markdown: 'markdown',
  Html: 'html',
  Json: 'json',
} as const;
export type SourceFormat = (typeof SourceFormat)[keyof typeof SourceFormat];

/** One document as ingested; immutable once stored. */
export interface Source {
  readonly id: SourceId;
  readonly contentHash: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly publishedOn: IsoDate | null;
  readonly language: string;
  readonly format: SourceFormat;
  /** Where it came from: a file path, a URL, `-` for standard input. */
  readonly origin: string;
  readonly text: string;
  readonly ingestedAt: string;
}

export type SourceSummary = Omit<Source, 'text'> & { readonly statementCount: number };
