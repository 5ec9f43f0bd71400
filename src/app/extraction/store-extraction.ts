import { ActorKind } from '../../core/actor.js';
import type { ActorId, Clock, ExtractionRunId, IdGenerator, StatementId } from '../../core/ids.js';
import { spanText } from '../../core/span.js';
import type { Source } from '../../core/source.js';
import type { Extraction } from '../../extract/pipeline.js';
import type { CodedEvent } from '../../extract/events/event-coder.js';
import { EventOrigin, type Event, type EventActor, type EventId } from '../../core/event.js';
import { isActorSector } from '../../core/cameo/actor-sector.js';
import type { Repositories } from '../../store/repositories.js';
import type { NewStatement } from '../../store/statement.repository.js';

export interface ExtractionStoreDeps {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /**
   * Actor ids by speaker name known to be committed, shared across the documents of one run so
   * that each name is looked up once. Only ids that existed before the transaction are added here;
   * the caller adds the ones it created once its transaction has committed.
   */
  readonly knownActors?: Map<string, ActorId>;
}

/**
 * Writes one extraction run over a stored source: the run, the actors its speakers name (created
 * when the registry has none) and its statements. Call inside the transaction that owns the source;
 * once it commits, the caller may add `createdActors` to `knownActors`.
 */
export const storeExtraction = async (
  repos: Repositories,
  deps: ExtractionStoreDeps,
  source: Pick<Source, 'id' | 'text' | 'publishedOn'>,
  extraction: Extraction,
): Promise<{ runId: ExtractionRunId; createdActors: ReadonlyMap<string, ActorId> }> => {
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
  // This document's names; the run's (`knownActors`, which grows with every document) are read
  // where they are, not copied for each document.
  const actorIds = new Map<string, ActorId>();
  const created = new Map<string, ActorId>();
  const statements: NewStatement[] = [];
  for (const finding of extraction.statements) {
    let speakerActorId: ActorId | null = null;
    if (finding.speakerName) {
      speakerActorId =
        actorIds.get(finding.speakerName) ?? deps.knownActors?.get(finding.speakerName) ?? null;
      if (speakerActorId === null) {
        const found = await repos.actors.findIdByName(finding.speakerName);
        speakerActorId = found ?? (await createActor(repos, deps, finding.speakerName, now));
        if (found) deps.knownActors?.set(finding.speakerName, found);
        else created.set(finding.speakerName, speakerActorId);
        actorIds.set(finding.speakerName, speakerActorId);
      }
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
  await repos.events.insertMany(eventsOf(extraction, statements, source, deps));
  return { runId, createdActors: created };
};

/** The actor a speaker name refers to, created (as a person) when the registry has none. */
export const ensureActor = async (
  repos: Repositories,
  deps: ExtractionStoreDeps,
  name: string,
  now: string,
): Promise<ActorId> =>
  (await repos.actors.findIdByName(name)) ?? createActor(repos, deps, name, now);

const createActor = async (
  repos: Repositories,
  deps: ExtractionStoreDeps,
  name: string,
  now: string,
): Promise<ActorId> => {
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

const EVENT_CODER = 'plover-rules@1';

const eventActor = (actor: CodedEvent['source'], actorId: ActorId | null): EventActor | null =>
  actor === null
    ? null
    : {
        name: actor.text,
        country: actor.countries[0] ?? null,
        sector: actor.sectors.find(isActorSector) ?? null,
        actorId,
      };

/**
 * The acts an extraction coded, as events: dated by their statement, else by the publication
 * date (an act with neither is not stored); linked to their statement and source.
 */
const eventsOf = (
  extraction: Extraction,
  statements: readonly NewStatement[],
  source: Pick<Source, 'id' | 'publishedOn'>,
  deps: ExtractionStoreDeps,
): Event[] =>
  extraction.events.flatMap(({ event, statement }) => {
    const linked = statement === null ? undefined : statements[statement];
    const date = linked?.saidOn?.date ?? source.publishedOn;
    if (date === null) return [];
    const actorSpan = event.source?.span;
    const speakerIsSource =
      linked !== undefined &&
      actorSpan !== undefined &&
      linked.sourceSpans.some((s) => s.start < actorSpan.end && actorSpan.start < s.end);
    return [
      {
        id: deps.ids.next('ev') as EventId,
        origin: EventOrigin.Extracted,
        externalId: null,
        date,
        ploverType: event.type,
        cameoCode: event.cameo,
        sourceActor: eventActor(
          event.source,
          speakerIsSource ? (linked?.speakerActorId ?? null) : null,
        ),
        targetActor: eventActor(event.target, null),
        quadClass: null,
        goldstein: null,
        statementId: linked?.id ?? null,
        sourceId: source.id,
        url: null,
        coder: EVENT_CODER,
      },
    ];
  });
