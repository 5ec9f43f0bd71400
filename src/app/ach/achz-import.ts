import { gunzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { invalidInput } from '../../core/errors.js';
import type {
  AnalystId,
  Evidence,
  EvidenceId,
  HypothesisId,
  HypothesisSet,
  Level,
  Rating,
  RatingValue,
} from '../../core/ach/hypothesis-set.js';
import { validateHypothesisSet } from '../../core/ach/hypothesis-set-validation.js';

/** The one analyst of an imported matrix: PARC ACH files hold a single analyst's ratings. */
export const IMPORTED_ANALYST = 'imported' as AnalystId;

// linkedom types documentElement as `any`; these are the few parts of an element we read.
interface XmlElement {
  readonly localName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<XmlElement>;
}

/** Element names compared without case, hyphens, underscores or spaces: PROJECT-TITLE = projectTitle. */
const nameKey = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  Array.from(element.children).filter((child) => nameKey(child.localName) === nameKey(name));

const descendantsNamed = (element: XmlElement, name: string): XmlElement[] =>
  Array.from(element.children).flatMap((child) => [
    ...(nameKey(child.localName) === nameKey(name) ? [child] : []),
    ...descendantsNamed(child, name),
  ]);

/** The trimmed text of the first child of that name; '' when there is none. */
const childText = (element: XmlElement, name: string): string =>
  childrenNamed(element, name)[0]?.textContent?.trim() ?? '';

const decodeText = (bytes: Uint8Array): string => {
  const [b0, b1] = bytes;
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes);
  }
  // No BOM and no zero byte in the first pair: not UTF-16 text such as "<\0" but single-byte
  // UTF-8 such as "<?", as an XML file with encoding="UTF-8" is.
  const utf16Bom = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff);
  if (b0 !== undefined && b0 !== 0x00 && b1 !== 0x00 && !utf16Bom) {
    return new TextDecoder('utf-8').decode(bytes);
  }
  // No BOM but a leading zero byte: big-endian text such as "\0<".
  const bigEndian = (b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 !== 0x00);
  // Swap byte pairs rather than rely on a 'utf-16be' decoder, which needs full ICU.
  const le = bigEndian ? bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1] ?? 0) : bytes;
  return new TextDecoder('utf-16le').decode(le); // drops a leading BOM
};

const unzip = (bytes: Uint8Array): Uint8Array => {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes; // tolerate an uncompressed export
  try {
    return gunzipSync(bytes);
  } catch (cause) {
    throw invalidInput(`Not a PARC ACH .achz file: ${(cause as Error).message}`, cause);
  }
};

const ratingTokens: Record<string, RatingValue> = {
  II: 'II',
  I: 'I',
  N: 'N',
  C: 'C',
  CC: 'CC',
  NA: 'NA',
  'N/A': 'NA',
  '': 'NA',
};
const credibilities: Record<string, Level> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  '': 'Medium',
};

const parseValues = (
  raw: string,
  evidence: EvidenceId,
  hypotheses: readonly HypothesisId[],
): Rating[] => {
  const tokens = raw === '' ? [] : raw.split(',');
  if (tokens.length > hypotheses.length) {
    throw invalidInput(
      `Evidence ${evidence}: ${tokens.length} VALUES for ${hypotheses.length} hypotheses`,
    );
  }
  return tokens.map((token, i) => {
    const value = ratingTokens[token.replace(/\s+/g, '').toUpperCase()];
    if (value === undefined) {
      throw invalidInput(`Evidence ${evidence}: unknown rating "${token.trim()}"`);
    }
    return {
      analyst: IMPORTED_ANALYST,
      evidence,
      hypothesis: hypotheses[i] as HypothesisId,
      value,
    };
  });
};

const parseDate = (raw: string, evidence: EvidenceId): string | undefined => {
  if (raw === '') return undefined;
  const ms = Number(raw);
  if (!Number.isFinite(ms)) {
    throw invalidInput(`Evidence ${evidence}: DATE "${raw}" is not epoch milliseconds`);
  }
  return new Date(ms).toISOString();
};

const parseEvidence = (element: XmlElement, id: EvidenceId): Evidence => {
  const credibility = credibilities[childText(element, 'CREDIBILITY').toLowerCase()];
  if (credibility === undefined) {
    throw invalidInput(
      `Evidence ${id}: unknown CREDIBILITY "${childText(element, 'CREDIBILITY')}"`,
    );
  }
  const [notes, link, type, code, flag] = ['NOTES', 'LINK', 'TYPE', 'CODE', 'FLAG'].map((n) =>
    childText(element, n),
  );
  const date = parseDate(childText(element, 'DATE'), id);
  return {
    id,
    text: childText(element, 'NAME'),
    credibility,
    relevance: 'Medium',
    ...(date === undefined ? {} : { date }),
    ...(type ? { type } : {}),
    ...(link ? { link: { kind: 'source', id: link } } : {}),
    ...(notes ? { notes } : {}),
    ...(code ? { code } : {}),
    ...(flag ? { flagged: ['true', '1', 'yes'].includes(flag.toLowerCase()) } : {}),
  };
};

/**
 * A hypothesis set from a PARC ACH `.achz` file: gzip of UTF-16 XML (LE or BE by its BOM,
 * LE without one). Hypotheses become H1…, evidence E1… in file order; the ratings belong to the
 * analyst "imported"; relevance is Medium, as PARC ACH has none. Element names are matched
 * without regard to case.
 */
export const parseAchz = (bytes: Uint8Array): HypothesisSet => {
  const xml = decodeText(unzip(bytes));
  const root = new DOMParser().parseFromString(xml, 'text/xml')
    .documentElement as XmlElement | null;
  if (root === null) throw invalidInput('Not a PARC ACH .achz file: no XML document inside');
  const matrix = descendantsNamed(root, 'MATRIX')[0] ?? root;

  const hypotheses = descendantsNamed(matrix, 'HYPOTHESIS').map((element, i) => ({
    id: `H${i + 1}` as HypothesisId,
    text: childText(element, 'NAME') || (element.textContent?.trim() ?? ''),
  }));
  // Any XML parses; without a hypothesis it is not an ACH matrix, and importing it would only
  // create an empty set.
  if (hypotheses.length === 0) throw invalidInput('Not a PARC ACH .achz file: no HYPOTHESIS in it');
  const hypothesisIds = hypotheses.map((h) => h.id);
  const evidenceElements = descendantsNamed(matrix, 'EVIDENCE');
  const evidence = evidenceElements.map((element, i) =>
    parseEvidence(element, `E${i + 1}` as EvidenceId),
  );
  const ratings = evidenceElements.flatMap((element, i) =>
    parseValues(childText(element, 'VALUES'), `E${i + 1}` as EvidenceId, hypothesisIds),
  );

  const question = descendantsNamed(root, 'PROJECT-TITLE')[0]?.textContent?.trim() ?? '';
  return validateHypothesisSet({ question, hypotheses, evidence, ratings, probabilities: [] });
};
