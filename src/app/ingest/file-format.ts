import { SourceFormat } from '../../core/source.js';

/** How a file is read, by its extension. */
export const FileKind = { ...SourceFormat, JsonLines: 'jsonl' } as const;
export type FileKind = (typeof FileKind)[keyof typeof FileKind];

const BY_EXTENSION: Readonly<Record<string, FileKind>> = {
  '.txt': FileKind.Text,
  '.text': FileKind.Text,
  '.md': FileKind.Markdown,
  '.markdown': FileKind.Markdown,
  '.html': FileKind.Html,
  '.htm': FileKind.Html,
  '.xhtml': FileKind.Html,
  '.json': FileKind.Json,
  '.jsonl': FileKind.JsonLines,
  '.ndjson': FileKind.JsonLines,
};

/** The kind of a file by its name, or null when Telltale does not read that extension. */
export const fileKindOf = (path: string): FileKind | null => {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? null : (BY_EXTENSION[path.slice(dot).toLowerCase()] ?? null);
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);
