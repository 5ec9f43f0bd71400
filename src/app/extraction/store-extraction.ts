import { ActorKind } from '../../core/actor.js';
import type { ActorId, Clock, ExtractionRunId, IdGenerator, StatementId } from '../../core/ids.js';
import { spanText } from '../../core/span.js';
import type { Source } from '../../core/source.js';
import type { Extraction } from '../../extract/pipeline.js';
import type { Repositories } from '../../store/repositories.js';
import type { NewStatement } from '../../store/statement.repository.js';

export interface ExtractionStoreDeps {
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * Writes one extraction run over a stored source: the run, the actors its speakers name (created
 * when the registry has none) and its statements. Call inside the transaction that owns the source.
 */
export const storeExtraction = async (
  repos: Repositories,
  deps: ExtractionStoreDeps,
  source: Pick<Source, 'id' | 'text'>,
  extraction: Extraction,
): Promise<ExtractionRunId> => {
  const now = deps.clock.now().toISOString();
  const runId = deps.ids.next('run') as ExtractionRunId;
  await repos.runs.insert({
    id: runId,
    sourceId: source.id,
    extractor: extraction.extractor,
    startedAt: now,
    finishedAt: now,
    statementCount: extraction.statements.length,
  });
  const actorIds = new Map<string, ActorId>();
  const statements: NewStatement[] = [];
  for (const finding of extraction.statements) {
    let speakerActorId: ActorId | null = null;
    if (finding.speakerName) {
      speakerActorId =
        actorIds.get(finding.speakerName) ??
        (await ensureActor(repos, deps, finding.speakerName, now));
      actorIds.set(finding.speakerName, speakerActorId);
    }
    statements.push({
      id: deps.ids.next('st') as StatementId,
      sourceId: source.id,
      runId,
      extractor: extraction.extractor,
      speakerActorId,
      speakerMention: finding.speakerMention,
      sourceSpans: finding.source,
      cue: finding.cue[0] ? spanText(source.text, finding.cue[0]) : null,
      cueSpans: finding.cue,
      content: finding.content.map((s) => spanText(source.text, s)).join(' … '),
      contentSpans: finding.content,
      direct: finding.direct,
      saidOn: finding.saidOn,
    });
  }
  await repos.statements.insertMany(statements);
  return runId;
};

/** The actor a speaker name refers to, created (as a person) when the registry has none. */
export const ensureActor = async (
  repos: Repositories,
  deps: ExtractionStoreDeps,
  name: string,
  now: string,
): Promise<ActorId> => {
  const found = await repos.actors.findIdByName(name);
  if (found) return found;
  const id = deps.ids.next('act') as ActorId;
  await repos.actors.insert({
    id,
    canonicalName: name,
    kind: ActorKind.Person,
    country: null,
    aliases: [],
    createdAt: now,
  });
  return id;
};
