import type { Span } from '../core/span.js';
import { MentionKind, NAME_PATTERN, readMention, stripTitles } from './speaker-mention.js';

/** Who a speaker mention stands for within one document. */
export interface ResolvedSpeaker {
  readonly mention: string | null;
  /** The fullest name the document gives for that speaker, or null when it does not name one. */
  readonly name: string | null;
}

const FULL_NAME = new RegExp(NAME_PATTERN, 'gu');

interface NameOccurrence {
  readonly name: string;
  readonly at: number;
}

/** Multi-word names the text mentions, in order, titles removed. */
const fullNamesIn = (text: string): NameOccurrence[] => {
  const names: NameOccurrence[] = [];
  for (const m of text.matchAll(FULL_NAME)) {
    const name = stripTitles(m[0]);
    if (name.split(/\s+/).length >= 2) names.push({ name, at: m.index });
  }
  return names;
};

const lastWord = (name: string): string => name.split(/\s+/).pop() ?? name;

/**
 * Resolves the speaker mentions of one document, in text order: a full first mention makes a later
 * surname resolve to it; a pronoun resolves to the most recent speaker or named person; a role
 * description resolves to the name it was last written beside; indefinite and plural sources
 * ("an unnamed official", "protesters") stay unnamed.
 */
export const createSpeakerResolver = (text: string) => {
  const names = fullNamesIn(text);
  let lastSpeaker: { name: string; at: number } | null = null;

  const expand = (name: string, at: number): string => {
    if (name.split(/\s+/).length > 1) return name;
    const before = names.filter((n) => n.at < at && lastWord(n.name) === name);
    const candidates = before.length > 0 ? before : names.filter((n) => lastWord(n.name) === name);
    return candidates.at(-1)?.name ?? name;
  };

  const byDescription = (description: string, at: number): string | null => {
    const core = description.replace(/^(?:the|[A-Z][\p{L}]+(?:’s|'s))\s+/u, '').trim();
    if (!core) return null;
    // Case-insensitive for the description only: names must stay capitalised.
    const escaped = core
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\p{L}/gu, (c) =>
        c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
      );
    const beside = new RegExp(
      String.raw`${escaped}\s*,?\s+(${NAME_PATTERN})|(${NAME_PATTERN}),\s+(?:the\s+)?(?:[\p{L}’']+\s+){0,2}${escaped}`,
      'gu',
    );
    let found: string | null = null;
    for (const m of text.slice(0, at).matchAll(beside)) {
      const name = m[1] ?? m[2];
      if (name) found = stripTitles(name);
    }
    return found;
  };

  return (source: Span | null): ResolvedSpeaker => {
    if (source === null) return { mention: null, name: null };
    const mention = text.slice(source.start, source.end);
    const reading = readMention(mention);
    let name: string | null = null;
    switch (reading.kind) {
      case MentionKind.Pronoun: {
        // First cut: the last speaker, else the last full name before the pronoun.
        name = lastSpeaker?.name ?? names.filter((n) => n.at < source.start).at(-1)?.name ?? null;
        break;
      }
      case MentionKind.Description:
        name = reading.unnamed ? null : (reading.name ?? byDescription(mention, source.start));
        break;
      case MentionKind.Name:
        name = reading.name === null ? null : expand(reading.name, source.start);
        break;
    }
    if (name !== null) lastSpeaker = { name, at: source.start };
    return { mention, name };
  };
};
