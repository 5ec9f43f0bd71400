import type { Brand } from './brand.js';
import { invalidInput } from './errors.js';

/** A topic's id: a short lower-case slug an analyst chooses, e.g. `iran-us-negotiation`. */
export type TopicId = Brand<string, 'TopicId'>;

/**
 * A question an analyst follows, with the words that signal it. `terms` are words or phrases
 * matched whatever their case and inflection ("negotiation" finds "negotiating", "negotiations");
 * a term written in capitals ("US") matches in capitals only, and a trailing `*` matches any
 * ending. `patterns` are regular expressions, matched ignoring case. `countries`, when given, are
 * the one or two states the topic concerns (ISO 3166 alpha-3): a statement speaks to the topic
 * only when each is its speaker's country or is named around it.
 */
export interface Topic {
  readonly id: TopicId;
  readonly label: string;
  readonly description: string | null;
  readonly terms: readonly string[];
  readonly patterns: readonly string[];
  readonly countries: readonly string[];
  readonly createdAt: string;
}

/** What an analyst gives to define a topic. */
export interface TopicInput {
  readonly id: string;
  readonly label: string;
  readonly description?: string | null;
  readonly terms?: readonly string[];
  readonly patterns?: readonly string[];
  readonly countries?: readonly string[];
}

const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$|^[a-z0-9]$/;

/** Whether a text is a well-formed topic id: lower-case letters, digits and inner hyphens. */
export const isTopicId = (value: string): value is TopicId => TOPIC_ID.test(value);

const cleanList = (values: readonly string[] | undefined): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values ?? []) {
    const value = raw.trim().replace(/\s+/g, ' ');
    if (value && !seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase());
      out.push(value);
    }
  }
  return out;
};

/**
 * A topic from what an analyst typed: trimmed, de-duplicated and checked. Throws InvalidInput
 * with a message that says what to fix.
 * @example topicFrom({ id: 'iran-us-negotiation', label: 'Iran–US negotiations', terms: ['talks'], countries: ['irn', 'usa'] }, '2026-01-01T00:00:00.000Z').countries // ['IRN', 'USA']
 */
export const topicFrom = (input: TopicInput, createdAt: string): Topic => {
  const id = input.id.trim();
  if (!isTopicId(id))
    throw invalidInput(
      `the topic id "${input.id}" must be lower-case letters, digits and hyphens (at most 64), e.g. iran-us-negotiation`,
    );
  const label = input.label.trim();
  if (!label) throw invalidInput('a topic needs a label, e.g. "Iran–US negotiations"');
  const terms = cleanList(input.terms);
  const patterns = cleanList(input.patterns);
  if (terms.length === 0 && patterns.length === 0)
    throw invalidInput('a topic needs at least one term or pattern that signals it');
  for (const term of terms) {
    if (!/[\p{L}\p{N}]/u.test(term))
      throw invalidInput(`the term "${term}" has no letter or digit to match`);
  }
  for (const pattern of patterns) {
    try {
      new RegExp(pattern, 'iu');
    } catch (e) {
      throw invalidInput(
        `the pattern /${pattern}/ is not a valid regular expression: ${(e as Error).message}`,
      );
    }
  }
  const countries = cleanList(input.countries).map((c) => c.toUpperCase());
  for (const code of countries) {
    if (!/^[A-Z]{3}$/.test(code))
      throw invalidInput(`"${code}" is not an ISO 3166 alpha-3 country code such as IRN or USA`);
  }
  if (countries.length > 2)
    throw invalidInput(`a topic concerns one or two countries, not ${countries.length}`);
  const description = input.description?.trim() || null;
  return { id, label, description, terms, patterns, countries, createdAt };
};
