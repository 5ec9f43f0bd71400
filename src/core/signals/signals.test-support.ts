import type { ActorId, SourceId, StatementId } from '../ids.js';
import type { IsoDate } from '../partial-date.js';
import type { StanceValue } from '../stance.js';
import type { TopicId } from '../topic.js';
import type { ActorRef, SpeaksFor, RelationId } from './speaks-for.js';
import type { StancePoint } from './stance-point.js';

export const TOPIC = 'iran-us-negotiation' as TopicId;
export const leader: ActorRef = { id: 'act_leader' as ActorId, name: 'Ali Khamenei' };
export const preacher: ActorRef = { id: 'act_preacher' as ActorId, name: 'Ahmad Khatami' };

let n = 0;

/** A statement on the topic: the leader's own, said plainly, with full confidence, unless told. */
export const point = (
  saidOn: string,
  stance: StanceValue,
  more: Partial<Omit<StancePoint, 'saidOn' | 'stance'>> & { readonly by?: ActorRef } = {},
): StancePoint => {
  const { by = leader, ...rest } = more;
  n += 1;
  return {
    statementId: `st_${saidOn}_${n}` as StatementId,
    sourceId: 'src_1' as SourceId,
    topicId: TOPIC,
    speakerId: by.id,
    speaker: by.name,
    saidOn: saidOn as IsoDate,
    stance,
    confidence: 1,
    direct: true,
    hedged: false,
    conditional: false,
    via: null,
    ...rest,
  };
};

/** The preacher speaks for the leader, between the dates given. */
export const speaksFor = (from: string | null = null, to: string | null = null): SpeaksFor => ({
  id: 'rel_1' as RelationId,
  proxy: preacher,
  principal: leader,
  from: from as IsoDate | null,
  to: to as IsoDate | null,
  note: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});
