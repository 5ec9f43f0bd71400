import { conflict, invalidInput, notFound } from '../../core/errors.js';
import type { ActorId, Clock, IdGenerator } from '../../core/ids.js';
import { isoDateFrom, type IsoDate } from '../../core/partial-date.js';
import {
  groupLine,
  groupNameFrom,
  type ActorGroup,
  type GroupId,
  type GroupLine,
} from '../../core/signals/actor-group.js';
import {
  ambiguityOf,
  pointsBetween,
  trailingWindow,
  type Ambiguity,
} from '../../core/signals/ambiguity.js';
import { DEFAULT_WINDOW_DAYS } from '../../core/signals/shifts.js';
import { dayOf, endDayOf, startDayOf } from '../../core/signals/signal-date.js';
import { DEFAULT_HALF_LIFE_DAYS } from '../../core/signals/smoothed-line.js';
import {
  checkSpeaksFor,
  periodsOverlap,
  type ActorRef,
  type RelationId,
  type SpeaksFor,
} from '../../core/signals/speaks-for.js';
import { buildTimeline, type Timeline } from '../../core/signals/timeline.js';
import type { Topic, TopicId } from '../../core/topic.js';
import type { Database } from '../../store/database.js';
import { inTransaction, isUniqueViolation, repositoriesFor } from '../../store/repositories.js';
import { actorRegistryOver } from '../registry/actor-registry.js';
import type { TopicsApi } from '../topics/topics.js';
import { stancePointsOf } from './stance-points.js';

/** How to draw a line: the window (days) of shifts, deniable signals and ambiguity, the period shown. */
export interface LineQuery {
  /** 30 by default. */
  readonly windowDays?: number;
  /** 14 by default. */
  readonly halfLifeDays?: number;
  /** ISO dates at any precision, inclusive. */
  readonly from?: string;
  readonly to?: string;
}

/** An actor's timeline on a topic, with what it had to leave out. */
export type ActorTimeline = Timeline & {
  readonly topicLabel: string;
  /** The actor's (and its proxies') statements on the topic with no date, left off the line. */
  readonly undated: number;
  /** Those an analyst linked to the topic without rating a stance. */
  readonly unrated: number;
};

export interface SpeaksForInput {
  /** The deputy, spokesman or outlet: a name, an alias or an id. */
  readonly proxy: string;
  readonly principal: string;
  /** ISO dates at any precision; open when absent. */
  readonly from?: string | null;
  readonly to?: string | null;
  readonly note?: string | null;
}

export interface GroupInput {
  readonly name: string;
  readonly actors: readonly string[];
  readonly description?: string | null;
}

/** Lines over time, speaks-for relations and groups of actors. */
export interface SignalsService {
  /** An actor's line on a topic: its statements and its proxies', shifts, ambiguity. */
  timeline(actor: string, topicId: string, query?: LineQuery): Promise<ActorTimeline>;
  /**
   * The ambiguity of an actor's line (its proxies included) in a window: `from`…`to` when both
   * are given, else the `windowDays` up to `to` or to the last statement.
   */
  ambiguity(
    actor: string,
    topicId: string,
    query?: LineQuery,
  ): Promise<Ambiguity & { readonly actor: ActorRef; readonly topic: TopicId }>;
  /** Records that a proxy speaks for a principal (between dates); overlapping periods conflict. */
  addSpeaksFor(input: SpeaksForInput): Promise<SpeaksFor>;
  /** Speaks-for relations, all or those an actor is in (as proxy or principal). */
  relations(filter?: { readonly actor?: string }): Promise<SpeaksFor[]>;
  removeRelation(id: string): Promise<SpeaksFor>;
  /** Creates a group with these actors, or adds them to the group of that name. */
  addGroup(
    input: GroupInput,
  ): Promise<{ readonly group: ActorGroup; readonly created: boolean; readonly added: number }>;
  groups(): Promise<ActorGroup[]>;
  /** A group by name or id. */
  group(name: string): Promise<ActorGroup>;
  removeFromGroup(name: string, actors: readonly string[]): Promise<ActorGroup>;
  deleteGroup(name: string): Promise<ActorGroup>;
  /** A group's line on a topic: its members' statements merged. */
  groupLine(name: string, topicId: string, query?: LineQuery): Promise<GroupLine>;
}

export interface SignalsDeps {
  readonly database: Database;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Where statements' stances on a topic come from (as analysts reviewed them). */
  readonly topics: Pick<TopicsApi, 'get'>;
  readonly gazetteerDir?: string;
}

const optionalDate = (what: string, value: string | null | undefined): IsoDate | null => {
  if (value === undefined || value === null || value.trim() === '') return null;
  const date = isoDateFrom(value);
  if (date === null)
    throw invalidInput(
      `the ${what} date "${value}" is not an ISO date (YYYY-MM-DD, or YYYY-MM or YYYY)`,
    );
  return date;
};

const days = (what: string, value: number | undefined, fallback: number, max: number): number => {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0 || value > max)
    throw invalidInput(
      `${what} must be a number of days above 0 and at most ${max} (got ${value})`,
    );
  return value;
};

const lineOptions = (query: LineQuery) => {
  const from = optionalDate('from', query.from);
  const to = optionalDate('to', query.to);
  if (from !== null && to !== null && endDayOf(to) < startDayOf(from))
    throw invalidInput(`from (${from}) must not be after to (${to})`);
  return {
    from,
    to,
    windowDays: Math.round(days('the window', query.windowDays, DEFAULT_WINDOW_DAYS, 3660)),
    halfLifeDays: days('the half-life', query.halfLifeDays, DEFAULT_HALF_LIFE_DAYS, 3660),
  };
};

export const createSignalsService = (deps: SignalsDeps): SignalsService => {
  const repos = repositoriesFor(deps.database.db);
  const registry = actorRegistryOver(deps.database, {
    clock: deps.clock,
    ids: deps.ids,
    ...(deps.gazetteerDir ? { gazetteerDir: deps.gazetteerDir } : {}),
  });
  const now = (): string => deps.clock.now().toISOString();

  const actor = async (name: string): Promise<ActorRef> => {
    const profile = await registry.show(name);
    return { id: profile.id, name: profile.canonicalName };
  };

  const stancesOn = async (
    topicId: string,
  ): Promise<{ topic: Topic; stances: Awaited<ReturnType<TopicsApi['get']>>['stances'] }> =>
    deps.topics.get(topicId);

  const group = async (name: string): Promise<ActorGroup> => {
    const found = await repos.groups.find(name.trim());
    if (!found) throw notFound(`no group named "${name}"; list them with \`telltale groups list\``);
    return found;
  };

  /** The actor's line: its points, its proxies' relations and points, over every stance on the topic. */
  const lineOf = async (name: string, topicId: string, query: LineQuery) => {
    const options = lineOptions(query);
    const who = await actor(name);
    const { topic, stances } = await stancesOn(topicId);
    const relations = await repos.relations.list({ principalId: who.id });
    const own = stancePointsOf(stances, new Set([who.id]));
    const proxies = relations.map((relation) => ({
      relation,
      ...stancePointsOf(stances, new Set([relation.proxy.id])),
    }));
    return { options, who, topic, own, proxies };
  };

  return {
    async timeline(name, topicId, query = {}) {
      const { options, who, topic, own, proxies } = await lineOf(name, topicId, query);
      const timeline = buildTimeline(who, topic.id, own.points, proxies, options);
      // A proxy with two relations (two periods) is counted once.
      const byProxy = new Map(proxies.map((p) => [p.relation.proxy.id, p]));
      const left = (key: 'undated' | 'unrated'): number =>
        own[key] + [...byProxy.values()].reduce((n, p) => n + p[key], 0);
      return {
        ...timeline,
        topicLabel: topic.label,
        undated: left('undated'),
        unrated: left('unrated'),
      };
    },

    async ambiguity(name, topicId, query = {}) {
      const { options, who, topic, own, proxies } = await lineOf(name, topicId, query);
      // The line as the timeline shows it (proxies in their periods, marked via), unclipped.
      const all = buildTimeline(who, topic.id, own.points, proxies, {
        windowDays: options.windowDays,
      }).points;
      if (options.from !== null && options.to !== null) {
        return {
          ...ambiguityOf(pointsBetween(all, options.from, options.to), {
            from: options.from,
            to: options.to,
          }),
          actor: who,
          topic: topic.id,
        };
      }
      const shown = pointsBetween(all, options.from, options.to);
      const last = shown[shown.length - 1];
      const endDay = options.to !== null ? endDayOf(options.to) : last ? dayOf(last.saidOn) : null;
      const window = endDay === null ? null : trailingWindow(all, endDay, options.windowDays);
      return {
        ...(window ? ambiguityOf(window.points, window) : ambiguityOf([])),
        actor: who,
        topic: topic.id,
      };
    },

    async addSpeaksFor(input) {
      const from = optionalDate('from', input.from);
      const to = optionalDate('to', input.to);
      const [proxy, principal] = [await actor(input.proxy), await actor(input.principal)];
      checkSpeaksFor(proxy.id, principal.id, from, to);
      return inTransaction(deps.database, async (tx) => {
        const existing = await tx.relations.list({ proxyId: proxy.id, principalId: principal.id });
        const clash = existing.find((r) => periodsOverlap(r, { from, to }));
        if (clash)
          throw conflict(
            `${proxy.name} already speaks for ${principal.name} ${clash.from ?? '…'}–${clash.to ?? '…'} (${clash.id}); remove it first or give a period that does not overlap`,
          );
        const relation: SpeaksFor = {
          id: deps.ids.next('rel') as RelationId,
          proxy,
          principal,
          from,
          to,
          note: input.note?.trim() || null,
          createdAt: now(),
        };
        await tx.relations.insert(relation);
        return relation;
      });
    },

    async relations(filter = {}) {
      if (!filter.actor?.trim()) return repos.relations.list();
      return repos.relations.list({ actorId: (await actor(filter.actor)).id });
    },

    async removeRelation(id) {
      const relation = await repos.relations.get(id as RelationId);
      if (!relation)
        throw notFound(`no relation with id ${id}; list them with \`telltale relations list\``);
      await repos.relations.delete(relation.id);
      return relation;
    },

    async addGroup(input) {
      const name = groupNameFrom(input.name);
      const members: ActorId[] = [];
      for (const a of input.actors) if (a.trim()) members.push((await actor(a)).id);
      try {
        return await inTransaction(deps.database, async (tx) => {
          const existing = await tx.groups.find(name);
          const created = existing === null;
          const id = existing?.id ?? (deps.ids.next('grp') as GroupId);
          if (created) {
            if (members.length === 0)
              throw invalidInput('a new group needs at least one actor (--actors A,B)');
            await tx.groups.insert({
              id,
              name,
              description: input.description?.trim() || null,
              createdAt: now(),
            });
          }
          const added = await tx.groups.addMembers(id, members, now());
          const group = await tx.groups.find(id);
          if (!group) throw notFound(`no group ${id}`);
          return { group, created, added };
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw conflict(`a group named "${name}" exists already`);
        throw e;
      }
    },

    groups: () => repos.groups.list(),

    group,

    async removeFromGroup(name, actors) {
      const found = await group(name);
      const ids: ActorId[] = [];
      for (const a of actors) {
        const who = await actor(a);
        if (!found.members.some((m) => m.id === who.id))
          throw notFound(`${who.name} is not in the group ${found.name}`);
        ids.push(who.id);
      }
      await repos.groups.removeMembers(found.id, ids);
      return group(found.id);
    },

    async deleteGroup(name) {
      const found = await group(name);
      await repos.groups.delete(found.id);
      return found;
    },

    async groupLine(name, topicId, query = {}) {
      const options = lineOptions(query);
      const found = await group(name);
      const { topic, stances } = await stancesOn(topicId);
      const members = found.members.map((m) => ({
        actor: m,
        points: pointsBetween(
          stancePointsOf(stances, new Set([m.id])).points,
          options.from,
          options.to,
        ),
      }));
      return groupLine(found, topic.id, members, {
        windowDays: options.windowDays,
        halfLifeDays: options.halfLifeDays,
        ...(options.to ? { asOf: options.to } : {}),
      });
    },
  };
};
