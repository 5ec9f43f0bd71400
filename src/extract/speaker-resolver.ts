import type { ActorDirectory } from '../core/actor-registry/actor-directory.js';
import type { IsoDate } from '../core/partial-date.js';
import type { Span } from '../core/span.js';
import {
  MentionKind,
  NAME_PATTERN,
  readMention,
  stripTitles,
  type MentionReading,
} from './speaker-mention.js';
import { remembered } from '../core/remembered.js';

/** Who a speaker mention stands for. */
export interface ResolvedSpeaker {
  readonly mention: string | null;
  /** The canonical name (from the registry) or the fullest name the document gives; null when unnamed. */
  readonly name: string | null;
  /** The registry's other names for that speaker; empty when the registry does not know it. */
  readonly aliases: readonly string[];
}

const FULL_NAME = new RegExp(NAME_PATTERN, 'gu');

interface NameOccurrence {
  readonly name: string;
  readonly at: number;
  /** The name's last word, which a later surname alone matches. */
  readonly last: string;
}

const lastWord = (name: string): string => name.split(/\s+/).pop() ?? name;

/** A name where a sentence opens, before its verb: the sentence's subject. Sticky: tried at a sentence's start. */
const SENTENCE_SUBJECT = new RegExp(
  String.raw`${NAME_PATTERN}(?=\s+(?:[a-z]|[A-Z][a-z]+ed\b))`,
  'uy',
);
/** Pronouns that stand for one person: the subject of the sentence before may be meant. */
const PERSON_PRONOUN = /^(?:he|she)$/i;

/** The patterns that find a name written beside a description. */
interface BesidePatterns {
  /**
   * A name written beside the description: "the supreme leader, Ali Khamenei" or "Ali Khamenei,
   * the supreme leader". Case-insensitive for the description only: names must stay capitalised.
   */
  readonly beside: RegExp;
  /**
   * The description alone, which every match of `beside` holds: a text without it is not scanned
   * with `beside`, whose names are slow to try at every position.
   */
  readonly description: RegExp;
}

const besidePatternOf = (core: string): BesidePatterns => {
  const escaped = core
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\p{L}/gu, (c) =>
      c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
    );
  return {
    beside: new RegExp(
      String.raw`${escaped}\s*,?\s+(${NAME_PATTERN})|(${NAME_PATTERN}),\s+(?:the\s+)?(?:[\p{L}’']+\s+){0,2}${escaped}(?![\p{L}])`,
      'gu',
    ),
    description: new RegExp(escaped, 'u'),
  };
};

/** Patterns by description, built once: documents repeat descriptions ("the government"). */
const besidePatternFor = remembered(besidePatternOf, 5_000);

/** How a directory reads speaker mentions: its places, and its readings of mentions. */
interface MentionReader {
  readonly isPlace: (word: string) => boolean;
  readonly read: (mention: string) => MentionReading;
}

/**
 * The mention reader of each directory, shared by the resolvers of every document: the same
 * mentions ("he", "Khamenei", "the government") come up again and again, and reading one tries
 * several patterns. Both the directory and the readings are immutable.
 */
const mentionReaders = new WeakMap<ActorDirectory, MentionReader>();

const mentionReaderOf = (directory: ActorDirectory | null): MentionReader => {
  const kept = directory && mentionReaders.get(directory);
  if (kept) return kept;
  const isPlace = (word: string): boolean => directory?.countryOf(word) != null;
  const reader = { isPlace, read: remembered((mention) => readMention(mention, isPlace), 5_000) };
  if (directory) mentionReaders.set(directory, reader);
  return reader;
};

/**
 * Resolves the speaker mentions of one document, in text order:
 * - a name goes through the registry (aliases, surnames); a surname first takes the fullest name
 *   the document gave earlier ("Ayatollah Ali Khamenei … Khamenei said");
 * - a role description ("the supreme leader", "Iran's president") resolves through the registry
 *   to whoever held the role on the date the statement was made, else to the name the document
 *   wrote beside it;
 * - "he" or "she" resolves to a person a sentence before it opened on, after the last speaker was
 *   named (`sentences`, the document's, tell where sentences open); any pronoun else to the most
 *   recent speaker, else the most recent person named;
 * - indefinite and plural sources ("an unnamed official", "protesters") stay unnamed.
 */
export const createSpeakerResolver = (
  text: string,
  directory: ActorDirectory | null = null,
  sentences: readonly Span[] = [],
) => {
  const { isPlace, read } = mentionReaderOf(directory);
  const names: NameOccurrence[] = [];
  for (const m of text.matchAll(FULL_NAME)) {
    const name = stripTitles(m[0]);
    if (name.split(/\s+/).length >= 2 && !isPlace(name))
      names.push({ name, at: m.index, last: lastWord(name) });
  }
  // Persons a sentence opens on ("Araghchi was cautious when he spoke afterwards."): a "he" in
  // a later sentence may mean them rather than the last speaker.
  const subjects: NameOccurrence[] = [];
  for (const sentence of sentences) {
    SENTENCE_SUBJECT.lastIndex = sentence.start;
    const written = SENTENCE_SUBJECT.exec(text)?.[0];
    const name = written === undefined ? '' : stripTitles(written);
    // ("Iran's president …": a possessive is no subject.)
    if (name && !/['’]s$/.test(name) && !isPlace(name))
      subjects.push({ name, at: sentence.start, last: lastWord(name) });
  }
  /** Where the sentence holding offset `at` begins. */
  const sentenceStart = (at: number): number =>
    sentences.findLast((x) => x.start <= at)?.start ?? 0;
  let lastSpeaker: { name: string; at: number; group: boolean } | null = null;
  /** Whether the text names an actor anywhere (canonical name or an alias). */
  const mentioned = (names: readonly string[]): boolean =>
    names.some((n) => n.length > 2 && text.includes(n));
  /** Whether a description names its country ("Iran's president", "the Iranian president", "US envoy"). */
  const namesCountry = (description: string): boolean =>
    description
      .split(/[\s’']+/)
      .some((w) => /^\p{Lu}/u.test(w) && directory?.countryOf(w.replace(/s$/, '')) != null);

  const known = (name: string): ResolvedSpeaker['aliases'] | null => {
    const actor = directory?.byName(name);
    return actor ? [actor.canonicalName, ...actor.aliases] : null;
  };

  const expand = (name: string, at: number): string => {
    if (name.split(/\s+/).length > 1) return name;
    const before = names.filter((n) => n.at < at && n.last === name);
    const candidates = before.length > 0 ? before : names.filter((n) => n.last === name);
    return candidates.at(-1)?.name ?? name;
  };

  const besideDescription = (description: string, at: number): string | null => {
    const core = description.replace(/^(?:the|[A-Z][\p{L}]+(?:’s|'s))\s+/u, '').trim();
    if (!core) return null;
    const { beside, description: written } = besidePatternFor(core);
    const before = text.slice(0, at);
    if (!written.test(before)) return null;
    let found: string | null = null;
    for (const m of before.matchAll(beside)) {
      const name = m[1] ?? m[2];
      if (name) found = stripTitles(name);
    }
    return found;
  };

  /** Whether the registry knows a name as an organisation or a state rather than a person. */
  const isGroup = (name: string): boolean => {
    const kind = directory?.byName(name)?.kind;
    return kind === 'organisation' || kind === 'state';
  };

  const canonical = (name: string): ResolvedSpeaker => {
    const actor = directory?.byName(name);
    return actor
      ? { mention: null, name: actor.canonicalName, aliases: actor.aliases }
      : { mention: null, name, aliases: [] };
  };

  return (source: Span | null, on: IsoDate | null): ResolvedSpeaker => {
    if (source === null) return { mention: null, name: null, aliases: [] };
    const mention = text.slice(source.start, source.end);
    const reading = read(mention);
    let resolved: ResolvedSpeaker = { mention, name: null, aliases: [] };
    switch (reading.kind) {
      case MentionKind.Pronoun: {
        // "Araghchi was cautious. He told reporters …": a person who opened a sentence before
        // this one, after the last speaker was named, is the one meant (not a group).
        const opened = sentenceStart(source.start);
        const subject = PERSON_PRONOUN.test(mention.trim())
          ? subjects.filter((n) => n.at < opened && n.at > (lastSpeaker?.at ?? -1)).at(-1)
          : undefined;
        const person =
          subject && !isGroup(expand(subject.name, subject.at))
            ? expand(subject.name, subject.at)
            : null;
        const previous =
          person ??
          lastSpeaker?.name ??
          names.filter((n) => n.at < source.start).at(-1)?.name ??
          null;
        if (previous) resolved = canonical(previous);
        break;
      }
      case MentionKind.Description: {
        if (reading.unnamed || !reading.description) break;
        const found = directory?.resolveRoleMention(reading.description, on);
        // "the leader" alone means the leader this text is about: a holder found through a bare
        // one-word title with no country, whom the text never names, is not taken.
        const specific = reading.description
          .replace(/^(?:the|[A-Z][\p{L}]+(?:’s|'s))\s+/u, '')
          .trim()
          .includes(' ');
        const holder =
          found &&
          (specific ||
            namesCountry(reading.description) ||
            mentioned([found.canonicalName, ...found.aliases]))
            ? found
            : null;
        if (holder) resolved = { mention, name: holder.canonicalName, aliases: holder.aliases };
        else {
          const beside = besideDescription(reading.description, source.start);
          if (beside) resolved = canonical(beside);
        }
        break;
      }
      case MentionKind.Name: {
        const name = reading.name ?? '';
        const full = expand(name, source.start);
        resolved = known(full) ? canonical(full) : known(name) ? canonical(name) : canonical(full);
        break;
      }
    }
    if (resolved.name !== null) {
      const kind = directory?.byName(resolved.name)?.kind;
      lastSpeaker = {
        name: resolved.name,
        at: source.start,
        group: kind === 'organisation' || kind === 'state',
      };
    }
    return { ...resolved, mention };
  };
};
