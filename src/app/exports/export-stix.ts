import type { Telltale } from '../telltale.js';
import { commitmentView } from '../commitments/commitment-views.js';
import { stixBundleOf, type StixBundle } from './stix-bundle.js';

/** Everything Telltale holds, as one STIX 2.1 bundle (see docs/stix-mapping.md). */
export const exportStix = async (telltale: Telltale, now: Date): Promise<StixBundle> => {
  const [actors, sources, statements, events, commitments] = await Promise.all([
    telltale.listActors(),
    telltale.listSources(),
    telltale.listStatements(),
    telltale.events.list({ limit: 100_000 }),
    telltale.commitments.list(),
  ]);
  return stixBundleOf({
    actors,
    sources,
    statements: statements.filter((s) => s.verdict !== 'rejected'),
    events,
    commitments: commitments.map(commitmentView),
    now: now.toISOString(),
  });
};
