import { createHash } from 'node:crypto';
import type { Event } from '../../core/event.js';
import type { ReviewedStatement } from '../../core/review.js';
import type { SourceSummary } from '../../core/source.js';
import type { CommitmentView } from '../commitments/commitment-views.js';

/**
 * A STIX 2.1 bundle of what Telltale holds (docs/stix-mapping.md documents the mapping):
 * actors → `identity`; statements → `note` (the speaker as object, the source as an external
 * reference); events and commitments → `note` with labels naming what they are, referring to the
 * identities they involve. Ids are UUIDv5 of Telltale's own ids, so an export is repeatable.
 */
export interface StixObject {
  readonly type: string;
  readonly spec_version: '2.1';
  readonly id: string;
  readonly created: string;
  readonly modified: string;
  readonly [property: string]: unknown;
}

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

/** The namespace of Telltale's STIX ids (a fixed random UUID). */
const NAMESPACE = '7b6f3c1e-2a94-4d1b-9c3e-5f0a8d2e41b7';

/** A deterministic UUIDv5 (RFC 4122) for a name in Telltale's namespace. */
export const uuidV5 = (name: string): string => {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

const stixId = (type: string, ownId: string): string => `${type}--${uuidV5(`${type}:${ownId}`)}`;
/** STIX timestamps are RFC 3339 in UTC with milliseconds. */
const timestamp = (date: string | null, fallback: string): string => {
  if (date === null) return fallback;
  const day =
    date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
  return `${day}T00:00:00.000Z`;
};

export interface StixInput {
  readonly actors: ReadonlyArray<{
    readonly id: string;
    readonly canonicalName: string;
    readonly kind: string;
    readonly country: string | null;
    readonly aliases: readonly string[];
  }>;
  readonly sources: readonly SourceSummary[];
  readonly statements: readonly ReviewedStatement[];
  readonly events: readonly Event[];
  readonly commitments: readonly CommitmentView[];
  /** When the export was made (RFC 3339). */
  readonly now: string;
}

const IDENTITY_CLASS: Readonly<Record<string, string>> = {
  person: 'individual',
  organisation: 'organization',
  state: 'organization',
};

/** Builds the bundle; every object carries the properties STIX 2.1 requires of its type. */
export const stixBundleOf = (input: StixInput): StixBundle => {
  const { now } = input;
  const objects: StixObject[] = [];
  const sdo = (
    type: string,
    ownId: string,
    created: string,
    properties: Record<string, unknown>,
  ): string => {
    const id = stixId(type, ownId);
    objects.push({ type, spec_version: '2.1', id, created, modified: now, ...properties });
    return id;
  };

  const identityOf = new Map<string, string>();
  for (const a of input.actors) {
    identityOf.set(
      a.id,
      sdo('identity', a.id, now, {
        name: a.canonicalName,
        identity_class: IDENTITY_CLASS[a.kind] ?? 'unknown',
        ...(a.aliases.length > 0 ? { x_telltale_aliases: [...a.aliases] } : {}),
        ...(a.country ? { x_telltale_country: a.country } : {}),
      }),
    );
  }
  // Countries named by events whose actors are not in the registry (imported events).
  const countryIdentity = (code: string): string =>
    identityOf.get(`country:${code}`) ??
    (identityOf.set(
      `country:${code}`,
      sdo('identity', `country:${code}`, now, {
        name: code,
        identity_class: 'organization',
        x_telltale_country: code,
      }),
    ),
    identityOf.get(`country:${code}`) as string);

  const reportOf = (sourceId: string): string => stixId('report', sourceId);
  const statementsBySource = new Map<string, string[]>();
  for (const s of input.statements) {
    const speaker = s.speaker ? identityOf.get(s.speaker.actorId) : undefined;
    const note = sdo('note', s.id, timestamp(s.saidOn?.date ?? null, now), {
      abstract: `${s.speaker?.name ?? s.speakerMention ?? 'unnamed'}: ${s.direct ? 'direct quotation' : 'reported statement'}`,
      content: s.content,
      ...(s.speaker ? { authors: [s.speaker.name] } : {}),
      object_refs: [...(speaker ? [speaker] : []), reportOf(s.sourceId)],
      labels: [
        'statement',
        s.direct ? 'direct' : 'reported',
        ...(s.eventType ? [`plover:${s.eventType}`] : []),
      ],
      x_telltale_said_on: s.saidOn?.date ?? null,
      x_telltale_verdict: s.verdict,
    });
    statementsBySource.set(s.sourceId, [...(statementsBySource.get(s.sourceId) ?? []), note]);
  }
  for (const source of input.sources) {
    const notes = statementsBySource.get(source.id);
    if (!notes) continue; // a report must refer to at least one object
    sdo('report', source.id, timestamp(source.publishedOn, now), {
      name: source.title ?? source.origin,
      published: timestamp(source.publishedOn, now),
      report_types: ['threat-report'],
      object_refs: notes,
      external_references: [
        {
          source_name: source.outlet ?? 'source',
          external_id: source.id,
          ...(source.url ? { url: source.url } : {}),
        },
      ],
    });
  }
  for (const e of input.events) {
    const party = (actor: Event['sourceActor']): string[] =>
      actor?.actorId && identityOf.has(actor.actorId)
        ? [identityOf.get(actor.actorId) as string]
        : actor?.country
          ? [countryIdentity(actor.country)]
          : [];
    const refs = [
      ...party(e.sourceActor),
      ...party(e.targetActor),
      ...(e.statementId ? [stixId('note', e.statementId)] : []),
    ];
    if (refs.length === 0) continue; // nothing to attach it to
    sdo('note', e.id, timestamp(e.date, now), {
      abstract: `${e.ploverType ?? 'event'}${e.cameoCode ? ` (CAMEO ${e.cameoCode})` : ''}`,
      content: `${e.sourceActor?.name ?? e.sourceActor?.country ?? '?'} → ${e.ploverType ?? e.cameoCode ?? '?'} → ${e.targetActor?.name ?? e.targetActor?.country ?? '?'}, ${e.date}`,
      object_refs: refs,
      labels: ['event', ...(e.ploverType ? [`plover:${e.ploverType}`] : []), `origin:${e.origin}`],
      ...(e.url ? { external_references: [{ source_name: e.origin, url: e.url }] } : {}),
    });
  }
  for (const c of input.commitments) {
    const refs = [
      ...(identityOf.has(c.actorId) ? [identityOf.get(c.actorId) as string] : []),
      ...(c.statementId ? [stixId('note', c.statementId)] : []),
    ];
    if (refs.length === 0) continue;
    sdo('note', c.id, timestamp(c.madeOn, now), {
      abstract: `${c.kind} by ${c.actor}: ${c.status}`,
      content: [
        c.text,
        c.condition ? `Condition: ${c.condition}` : null,
        c.deadline ? `Deadline: ${c.deadline}` : null,
      ]
        .filter(Boolean)
        .join('\n'),
      object_refs: refs,
      labels: ['commitment', c.kind, `status:${c.status}`],
      x_telltale_history: c.history,
    });
  }
  return { type: 'bundle', id: `bundle--${uuidV5(`bundle:${now}`)}`, objects };
};
