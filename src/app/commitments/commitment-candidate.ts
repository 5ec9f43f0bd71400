import type { CommitmentKind } from '../../core/commitments/commitment.js';
import type { CueMatch, DetectedCommitment } from '../../core/commitments/commitment-detector.js';
import type { ActorId, SourceId, StatementId } from '../../core/ids.js';
import type { IsoDate } from '../../core/partial-date.js';
import type { ReviewedStatement } from '../../core/review.js';

/** A statement that reads like a commitment, with the detector's guesses, for an analyst to accept. */
export interface CommitmentCandidate {
  readonly statementId: StatementId;
  readonly sourceId: SourceId;
  readonly speaker: { readonly id: ActorId; readonly name: string } | null;
  readonly saidOn: IsoDate | null;
  readonly content: string;
  readonly kind: CommitmentKind;
  readonly condition: string | null;
  /** The deadline's date when it could be told from the words and the statement's date. */
  readonly deadline: IsoDate | null;
  /** The words that name it ("has 60 days", "by March 8"). */
  readonly deadlineText: string | null;
  /** Why: the cues found, with offsets into the content. */
  readonly cues: readonly CueMatch[];
}

export const candidateFrom = (
  statement: ReviewedStatement,
  detected: DetectedCommitment,
): CommitmentCandidate => ({
  statementId: statement.id,
  sourceId: statement.sourceId,
  speaker: statement.speaker
    ? { id: statement.speaker.actorId, name: statement.speaker.name }
    : null,
  saidOn: statement.saidOn?.date ?? null,
  content: statement.content,
  kind: detected.kind,
  condition: detected.condition,
  deadline: detected.deadline?.date ?? null,
  deadlineText: detected.deadline?.text ?? null,
  cues: detected.cues,
});
