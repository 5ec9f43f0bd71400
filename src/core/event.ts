import type { Brand } from './brand.js';
import type { ActorSector } from './cameo/actor-sector.js';
import type { PloverType } from './cameo/plover-type.js';
import type { ActorId, SourceId, StatementId } from './ids.js';
import type { IsoDate } from './partial-date.js';

export type EventId = Brand<string, 'EventId'>;

/** Where an event came from: coded from a statement, imported from a dataset, or entered by an analyst. */
export const EventOrigin = {
  Extracted: 'extracted',
  Gdelt: 'gdelt',
  Icews: 'icews',
  Analyst: 'analyst',
} as const;
export type EventOrigin = (typeof EventOrigin)[keyof typeof EventOrigin];

export const EVENT_ORIGINS: readonly EventOrigin[] = Object.values(EventOrigin);

/** CAMEO's four quadrants, as GDELT gives them. */
export const QuadClass = {
  VerbalCooperation: 1,
  MaterialCooperation: 2,
  VerbalConflict: 3,
  MaterialConflict: 4,
} as const;
export type QuadClass = (typeof QuadClass)[keyof typeof QuadClass];

export const isQuadClass = (value: number): value is QuadClass =>
  value === 1 || value === 2 || value === 3 || value === 4;

/** One side of an event: who acted, or who was acted on, as far as the data says. */
export interface EventActor {
  /** The name as the data gives it ("IRAN", "Foreign Affairs (Bangladesh)", "Ali Khamenei"). */
  readonly name: string | null;
  /** ISO 3166 alpha-3. */
  readonly country: string | null;
  readonly sector: ActorSector | null;
  /** The registry actor, when the event was coded from a statement whose speaker is known. */
  readonly actorId: ActorId | null;
}

/** Who did what to whom, and when. */
export interface Event {
  readonly id: EventId;
  readonly origin: EventOrigin;
  /** The dataset's own id (GDELT's GLOBALEVENTID, ICEWS's Event ID); null for extracted events. */
  readonly externalId: string | null;
  readonly date: IsoDate;
  /** Null when the act has no PLOVER type (CAMEO 01 and 02: public statements and appeals). */
  readonly ploverType: PloverType | null;
  readonly cameoCode: string | null;
  readonly sourceActor: EventActor | null;
  readonly targetActor: EventActor | null;
  readonly quadClass: QuadClass | null;
  /** Goldstein scale, −10 (most conflictual) … +10 (most cooperative); ICEWS calls it intensity. */
  readonly goldstein: number | null;
  /** The statement and source an extracted event was coded from. */
  readonly statementId: StatementId | null;
  readonly sourceId: SourceId | null;
  /** The article the dataset coded it from, when given (GDELT's SOURCEURL). */
  readonly url: string | null;
  /** Who coded it, with version: `gdelt@2.0`, `icews`, `plover-rules@1`, `analyst:ana`. */
  readonly coder: string;
}

/** Filters on events; all optional, combined with AND. */
export interface EventFilter {
  readonly type?: PloverType;
  /** ISO alpha-3: events in which either actor is of this country. */
  readonly country?: string;
  /** Inclusive bounds on the date; `to` at month or year precision covers the whole period. */
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly sourceId?: SourceId;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * The id of an imported event: its origin and the dataset's id, so that importing the same row
 * twice finds the event already stored.
 * @example importedEventId('gdelt', '1203417562') // 'gdelt_1203417562'
 */
export const importedEventId = (origin: EventOrigin, externalId: string): EventId =>
  `${origin}_${externalId}` as EventId;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const dayOf = (y: number, m: number, d: number): IsoDate => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` as IsoDate;
};
const partsOf = (date: IsoDate): [number, number | undefined, number | undefined] => {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m, d];
};

/**
 * The first day of the period an ISO date names, for an inclusive lower bound.
 * @example firstDayOf('2026-02' as IsoDate) // '2026-02-01'
 */
export const firstDayOf = (date: IsoDate): IsoDate => {
  const [y, m, d] = partsOf(date);
  return dayOf(y, m ?? 1, d ?? 1);
};

/**
 * The day after the period an ISO date names, for an exclusive upper bound: "to 2026-02" takes
 * in every day of February.
 * @example dayAfter('2026-02' as IsoDate) // '2026-03-01'
 * @example dayAfter('2026-12-31' as IsoDate) // '2027-01-01'
 */
export const dayAfter = (date: IsoDate): IsoDate => {
  const [y, m, d] = partsOf(date);
  if (m === undefined) return dayOf(y + 1, 1, 1);
  if (d === undefined) return dayOf(y, m + 1, 1);
  return dayOf(y, m, d + 1);
};
