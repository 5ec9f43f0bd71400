import type { Statement } from '../api/client.js';

/** Who said it, as the analyst should read it: the resolved name, else the words of the text. */
export const speakerLabel = (statement: Pick<Statement, 'speaker' | 'speakerMention'>): string =>
  statement.speaker ?? statement.speakerMention ?? 'Unattributed';

/** The words naming the speaker, when they say more than the resolved name does ("he", "the leader"). */
export const mentionNote = (
  statement: Pick<Statement, 'speaker' | 'speakerMention'>,
): string | null =>
  statement.speaker !== null &&
  statement.speakerMention !== null &&
  statement.speakerMention !== statement.speaker
    ? statement.speakerMention
    : null;
