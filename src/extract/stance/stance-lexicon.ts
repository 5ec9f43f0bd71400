import type { PloverType } from '../../core/cameo/plover-type.js';

/**
 * A word or phrase that signals a stance, with its weight (−2 … +2) and, when a negation changes
 * it other than by the lexicon's `negation` factor, its weight under negation: "refuse" is −2
 * but "will not refuse" only +1; "negotiate" is +0.5 but "will not negotiate" −2.
 */
export interface StanceCueEntry {
  readonly cue: string;
  readonly weight: number;
  readonly negated?: number;
}

export interface IntensifierEntry {
  readonly cue: string;
  readonly factor: number;
}

/**
 * The stance lexicon, as data (`data/lexicon/stance.yaml`): cues of refusal or hostility and of
 * openness or support, and the words that change them. Phrases are matched by stem; see
 * `compilePhrase` for `*` and `...`.
 */
export interface StanceLexicon {
  readonly version: number;
  readonly refusal: readonly StanceCueEntry[];
  readonly openness: readonly StanceCueEntry[];
  readonly negators: readonly string[];
  readonly hedges: readonly string[];
  readonly conditionals: {
    /** "only if", "unless": what is offered is withheld until then; a conditional refusal. */
    readonly restrictive: readonly string[];
    /** "if", "provided that": the stance holds on a condition. */
    readonly open: readonly string[];
    /** "even if", "as if": look like conditionals, are not. */
    readonly concessive: readonly string[];
  };
  readonly intensifiers: readonly IntensifierEntry[];
  /** What an event type says of the stance, when the event coder gives one. */
  readonly eventTypes: Readonly<Partial<Record<PloverType, number>>>;
  readonly factors: {
    /** A cue's weight under negation when the entry gives none: weight × this. */
    readonly negation: number;
    /** A sentence's score when hedged: × this. */
    readonly hedge: number;
    /** A sentence's score under a condition: × this. */
    readonly conditional: number;
  };
}
