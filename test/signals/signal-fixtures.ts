import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Telltale } from '../../src/app/telltale.js';
import { ingestInputsFrom } from '../../src/app/ingest/ingest-input.js';

/** Short articles written for these tests: a leader, his Friday preacher, a president. */
const ARTICLES: Readonly<Record<string, string>> = {
  'opening.md': `---
title: Leader leaves the door ajar
published: 2026-01-28
---

TEHRAN — Ayatollah Ali Khamenei said on Wednesday: "Indirect talks with America through trusted friends are not forbidden."
`,
  'sermon.md': `---
title: Preacher calls talks a trap
published: 2026-02-06
---

TEHRAN — Ahmad Khatami told worshippers on Friday: "Negotiation with America is a trap and we reject it."
`,
  'refusal.md': `---
title: Leader rules out talks
published: 2026-02-07
---

TEHRAN — Ayatollah Ali Khamenei said on Saturday: "We reject any talks with America. Negotiating with them is not honourable."
`,
  'nowruz.md': `---
title: Preacher softens
published: 2026-03-20
---

TEHRAN — Ahmad Khatami said in his Nowruz sermon: "Talks with America could be useful if they keep their word."
`,
  'deadline.md': `---
title: President sets a deadline
published: 2026-01-07
---

WASHINGTON — President Donald Trump wrote on Wednesday: "Iran has 60 days to come back and make a real deal. If they are not at the table by then, we will hit them."
`,
  'strikes.md': `---
title: Strikes follow the deadline
published: 2026-03-10
---

WASHINGTON — The Pentagon said on Tuesday: "Our forces struck three sites overnight."
`,
};

export const TOPIC = 'iran-us-negotiation';

/** Writes the articles to a fresh folder and returns it. */
export const writeArticles = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-signals-'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
  return dir;
};

/** Writes the articles to a fresh folder and ingests them. */
export const ingestArticles = async (telltale: Telltale): Promise<void> => {
  const dir = writeArticles();
  const summary = await telltale.ingest(ingestInputsFrom([dir]));
  if (summary.failed > 0) throw new Error(`ingest failed: ${JSON.stringify(summary)}`);
};

/** The id of the one statement whose content has these words. */
export const statementWith = async (telltale: Telltale, words: string): Promise<string> => {
  const found = (await telltale.listStatements()).filter((s) => s.content.includes(words));
  if (found.length !== 1 || !found[0])
    throw new Error(`expected one statement with "${words}", found ${found.length}`);
  return found[0].id;
};

/**
 * Defines the topic and pins each statement's speaker, date and stance by an analyst's review, so
 * that the series does not depend on the extractor's reading. Returns the statement ids.
 */
export const buildSeries = async (telltale: Telltale) => {
  await telltale.topics.add({
    id: TOPIC,
    label: 'Iran–US negotiations',
    terms: ['talks', 'negotiation*', 'negotiating'],
  });
  const pin = async (words: string, speaker: string, saidOn: string, stance: number) => {
    const id = await statementWith(telltale, words);
    await telltale.reviewStatement(id, { speaker, saidOn, stances: { [TOPIC]: stance } }, 'ana');
    return id;
  };
  return {
    opening: await pin('not forbidden', 'Ali Khamenei', '2026-01-28', 1),
    sermon: await pin('is a trap', 'Ahmad Khatami', '2026-02-06', -2),
    refusal: await pin('We reject any talks', 'Ali Khamenei', '2026-02-07', -2),
    nowruz: await pin('could be useful', 'Ahmad Khatami', '2026-03-20', 1),
  };
};
