import type { IsoDate } from '../partial-date.js';
import { CommitmentKind } from './commitment.js';
import { deadlinesIn, type DeadlineGuess } from './deadline-guess.js';

/** The words that made the detector think a statement is a commitment. */
export const CommitmentCue = {
  RedLine: 'red_line',
  Ultimatum: 'ultimatum',
  Deadline: 'deadline',
  /** "if … we will …", "unless … we will …". */
  Conditional: 'conditional',
  /** "… will be met with …". */
  MetWith: 'met_with',
  /** "we will strike / respond / retaliate / impose …". */
  WeWillAct: 'we_will_act',
  /** "within 60 days", "by March 8". */
  Period: 'period',
} as const;
export type CommitmentCue = (typeof CommitmentCue)[keyof typeof CommitmentCue];

export interface CueMatch {
  readonly cue: CommitmentCue;
  readonly text: string;
  /** UTF-16 offsets into the text given. */
  readonly start: number;
  readonly end: number;
}

/** A statement that reads like a commitment, for an analyst to accept or pass over. */
export interface DetectedCommitment {
  readonly kind: CommitmentKind;
  /** What triggers it: the "if" clause, or what "will be met with" a response. */
  readonly condition: string | null;
  /** The first deadline whose date could be told, else the first named. */
  readonly deadline: DeadlineGuess | null;
  readonly cues: readonly CueMatch[];
}

const THREAT_WORDS =
  /^(strike|hit|respond|retaliate|impose|attack|punish|destroy|crush|sanction|act|target|bomb|raze|annihilate|face|pay|regret|close|block|withdraw|leave|expel|end|stop|suspend|cut|halt|abandon|quit|seize|escalate|expand|defend|resume enrichment|take action|use force)\b/iu;
const PROMISE_WORDS =
  /^(lift|ease|remove|return|release|resume|reward|help|support|sign|cooperate|negotiate|talk|meet|welcome|reopen|restore|provide|invest|allow|accept|consider|reconsider|open|engage|agree|comply|reduce|normali[sz]e|recognise|recognize|join|continue)\b/iu;

const RED_LINE = /\bred[\s-]+lines?\b/giu;
const ULTIMATUM = /\bultimatums?\b/giu;
const DEADLINE = /\bdeadlines?\b/giu;
const CONDITIONAL =
  /\b(if|unless)\s+([^.;!?]+?),?\s+(?:then\s+)?((?:[\p{L}’'-]+\s+){0,3}?)(will|shall|would|are going to|is going to)\s+([^.;!?]+)/giu;
/** The consequence first: "Iran will defend itself if attacked", "we would only talk if …". */
const CONDITIONAL_AFTER =
  /\b(?:will|would|shall)\s+([^.;!?]{2,160}?)\s+(?:only\s+)?(if|unless)\s+([^.;!?]+)/giu;
const MET_WITH =
  /([^.;!?,:“”"]{0,160}?)\s*\b(?:will|would|shall)\s+be\s+met\s+(?:with|by)\b[^.;!?]*/giu;
const WE_WILL_ACT =
  /\b(?:we|i)\s+(?:will|shall|are going to|am going to)\s+(?:[\p{L}]+\s+){0,2}?(?:strike|respond|retaliate|impose|hit|attack|punish|destroy|crush)\b/giu;
/** Words that make a named deadline ("within 60 days", "the deadline") read as a demand. */
const DEMAND = /\b(will|must|or face|or else|otherwise)\b/iu;

/** The consequence's polarity: +1 a promise, −1 a threat, 0 unknown. Negation flips it. */
const polarityOf = (consequence: string): number => {
  const words = consequence.trim().replace(/^(?:not|never)\s+/iu, '');
  const negated = words.length !== consequence.trim().length;
  // Skip auxiliaries and adverbs between "will" and the verb: "will immediately strike", "will be forced to".
  const verb = words.replace(
    /^(?:(?:be\s+forced|have|be\s+ready|be\s+prepared)\s+to\s+|(?:\p{L}+ly)\s+)/iu,
    '',
  );
  const sign = THREAT_WORDS.test(verb) ? -1 : PROMISE_WORDS.test(verb) ? 1 : 0;
  return negated ? -sign : sign;
};

/** A clause as a condition: trimmed, spaces collapsed, stray quotes at the ends dropped. */
const tidy = (text: string): string => {
  const t = text
    .trim()
    .replace(/^[“”"'‘’\s]+|[“”"'‘’,\s]+$/gu, '')
    .replace(/\s+/g, ' ');
  // A quotation opened inside the clause and closed at its end keeps its closing mark.
  return (t.match(/“/g)?.length ?? 0) > (t.match(/”/g)?.length ?? 0) ? `${t}”` : t;
};

/**
 * Whether a statement reads like a commitment, and of what kind. Commitment language is "red
 * line", "if/unless … we will …" (or the consequence first: "will defend itself if attacked"), "… will be met with …", "we will strike / respond / retaliate
 * / impose / hit / attack / punish", and an allowance ("Iran has 60 days", "gave them a week").
 * "Ultimatum", "deadline", periods ("within 60 days") and dates ("by March 8") count only with a
 * demand in the same statement ("will", "must", "or face", "or else", "otherwise"): most
 * statements that name a deadline talk about one ("the deadline passed"), they do not set it.
 * The kind: a red line when it says so; an ultimatum when it says "ultimatum" or "deadline", or
 * when a threat carries a deadline; a promise when the consequence of an "if" is a cooperative
 * verb ("we will lift", "we will return") and no threat cue is present; a threat otherwise. A
 * negated consequence flips: "we will not negotiate" is a threat. Returns null when there is no
 * commitment language.
 * @example detectCommitment('If they are not at the table by then, we will hit them.', '2026-01-07')?.kind // 'threat'
 */
export const detectCommitment = (
  text: string,
  saidOn: IsoDate | null,
): DetectedCommitment | null => {
  const cues: CueMatch[] = [];
  const add = (cue: CommitmentCue, start: number, matched: string): void => {
    const lead = matched.length - matched.trimStart().length;
    const body = matched.trim();
    cues.push({ cue, text: body, start: start + lead, end: start + lead + body.length });
  };
  for (const m of text.matchAll(RED_LINE)) add(CommitmentCue.RedLine, m.index, m[0]);
  for (const m of text.matchAll(ULTIMATUM)) add(CommitmentCue.Ultimatum, m.index, m[0]);
  for (const m of text.matchAll(DEADLINE)) add(CommitmentCue.Deadline, m.index, m[0]);

  let condition: string | null = null;
  let polarity = 0;
  for (const m of text.matchAll(CONDITIONAL)) {
    add(CommitmentCue.Conditional, m.index, m[0]);
    const [, word = '', clause = '', , , consequence = ''] = m;
    condition ??= tidy(word.toLowerCase() === 'unless' ? `unless ${clause}` : clause);
    const p = polarityOf(consequence);
    if (p !== 0 && polarity >= 0) polarity = p;
  }
  for (const m of text.matchAll(CONDITIONAL_AFTER)) {
    if (
      cues.some((c) => c.cue === CommitmentCue.Conditional && c.start <= m.index && m.index < c.end)
    )
      continue;
    add(CommitmentCue.Conditional, m.index, m[0]);
    const [, consequence = '', word = '', clause = ''] = m;
    condition ??= tidy(word.toLowerCase() === 'unless' ? `unless ${clause}` : clause);
    const p = polarityOf(consequence);
    if (p !== 0 && polarity >= 0) polarity = p;
  }
  for (const m of text.matchAll(MET_WITH)) {
    add(CommitmentCue.MetWith, m.index, m[0]);
    const subject = tidy(m[1] ?? '');
    condition ??= subject || null;
    polarity = -1;
  }
  for (const m of text.matchAll(WE_WILL_ACT)) {
    if (cues.some((c) => c.start <= m.index && m.index < c.end)) continue;
    add(CommitmentCue.WeWillAct, m.index, m[0]);
    polarity = -1;
  }

  const deadlines = deadlinesIn(text, saidOn);
  const committing = cues.some(
    (c) => c.cue !== CommitmentCue.Ultimatum && c.cue !== CommitmentCue.Deadline,
  );
  const allowance = deadlines.some((d) => d.form === 'allowance');
  const named = deadlines.length > 0 || cues.length > 0;
  if (!committing && !allowance && !(named && DEMAND.test(text))) return null;
  for (const d of deadlines)
    cues.push({ cue: CommitmentCue.Period, text: d.text, start: d.start, end: d.end });

  const has = (cue: CommitmentCue): boolean => cues.some((c) => c.cue === cue);
  const threatening = polarity < 0 || has(CommitmentCue.MetWith) || has(CommitmentCue.WeWillAct);
  const kind = has(CommitmentCue.RedLine)
    ? CommitmentKind.RedLine
    : has(CommitmentCue.Ultimatum) ||
        has(CommitmentCue.Deadline) ||
        !committing ||
        (threatening && deadlines.length > 0)
      ? CommitmentKind.Ultimatum
      : polarity > 0
        ? CommitmentKind.Promise
        : CommitmentKind.Threat;
  return {
    kind,
    condition,
    deadline: deadlines.find((d) => d.date !== null) ?? deadlines[0] ?? null,
    cues: cues.sort((a, b) => a.start - b.start),
  };
};
