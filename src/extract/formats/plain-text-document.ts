import { SourceFormat } from '../../core/source.js';
import { emptyMetadata, normaliseText, type RawDocument } from './raw-document.js';

/** A plain-text document: the text as it is, with no metadata. */
export const plainTextDocument = (text: string): RawDocument => ({
  ...emptyMetadata,
  format: SourceFormat.Text,
  text: normaliseText(text),
});
