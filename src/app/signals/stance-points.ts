import type { ActorId } from '../../core/ids.js';
import { Verdict } from '../../core/review.js';
import type { StancePoint } from '../../core/signals/stance-point.js';
import type { StatementStance } from '../topics/topics.js';

/**
 * The points of the given actors' lines on a topic, from statements' stances as analysts
 * reviewed them: a statement counts when its (reviewed) speaker is one of the actors, it is
 * dated, its stance is rated, and no analyst rejected it. Undated or unrated ones are counted
 * apart, so that a timeline can say what it left out.
 */
export const stancePointsOf = (
  stances: readonly StatementStance[],
  actorIds: ReadonlySet<ActorId>,
): { readonly points: StancePoint[]; readonly undated: number; readonly unrated: number } => {
  const points: StancePoint[] = [];
  let undated = 0;
  let unrated = 0;
  for (const { stance, statement } of stances) {
    const speaker = statement.speaker;
    if (speaker === null || !actorIds.has(speaker.actorId)) continue;
    if (statement.verdict === Verdict.Rejected) continue;
    if (stance.value === null) {
      unrated += 1;
      continue;
    }
    if (statement.saidOn === null) {
      undated += 1;
      continue;
    }
    points.push({
      statementId: statement.id,
      sourceId: statement.sourceId,
      topicId: stance.topicId,
      speakerId: speaker.actorId,
      speaker: speaker.name,
      saidOn: statement.saidOn.date,
      stance: stance.value,
      confidence: stance.confidence,
      direct: statement.direct,
      hedged: stance.flags.hedged,
      conditional: stance.flags.conditional,
      via: null,
    });
  }
  return { points, undated, unrated };
};
