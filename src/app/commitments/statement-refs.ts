import {
  EvidenceKind,
  locatesStatement,
  type Commitment,
  type StatementLocation,
} from '../../core/commitments/commitment.js';
import type { SourceId, StatementId } from '../../core/ids.js';
import type { Statement } from '../../core/statement.js';
import type { Repositories } from '../../store/repositories.js';

/**
 * Commitments with the statements they cite under their current ids. Re-extraction gives a
 * source's statements new ids; a cited statement that no longer exists is found again by its
 * source and anchor. One that cannot be found keeps its old id.
 */
export const refreshStatementIds = async (
  repos: Repositories,
  commitments: readonly Commitment[],
): Promise<Commitment[]> => {
  const cited = new Map<StatementId, StatementLocation | null>();
  for (const c of commitments) {
    if (c.statementId !== null) cited.set(c.statementId, c.statementLocation);
    for (const change of c.history)
      if (change.evidence?.kind === EvidenceKind.Statement)
        cited.set(change.evidence.id as StatementId, change.evidence.location ?? null);
  }
  if (cited.size === 0) return [...commitments];
  const existing = new Set(
    (await repos.statements.list({ ids: [...cited.keys()] })).map((s) => s.id as string),
  );
  const stale = [...cited.entries()].filter(([id, where]) => !existing.has(id) && where !== null);
  if (stale.length === 0) return [...commitments];

  const bySource = new Map<SourceId, Statement[]>();
  for (const [, where] of stale) {
    const sourceId = (where as StatementLocation).sourceId;
    if (!bySource.has(sourceId)) bySource.set(sourceId, await repos.statements.list({ sourceId }));
  }
  const renamed = new Map<string, StatementId>();
  for (const [id, where] of stale) {
    const location = where as StatementLocation;
    const now = bySource.get(location.sourceId)?.find((s) => locatesStatement(location, s));
    if (now) renamed.set(id, now.id);
  }
  if (renamed.size === 0) return [...commitments];
  const current = (id: string): string => renamed.get(id) ?? id;
  return commitments.map((c) => ({
    ...c,
    statementId: c.statementId === null ? null : (current(c.statementId) as StatementId),
    history: c.history.map((h) =>
      h.evidence?.kind === EvidenceKind.Statement
        ? { ...h, evidence: { ...h.evidence, id: current(h.evidence.id) } }
        : h,
    ),
  }));
};
