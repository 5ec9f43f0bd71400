import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseAchz } from './achz-import.js';

const xml = `<?xml version="1.0" encoding="UTF-16"?>
<ACH>
  <PROJECT-TITLE>  Who leaked the memo?  </PROJECT-TITLE>
  <MATRIX>
    <HYPOTHESIS><NAME>The minister</NAME></HYPOTHESIS>
    <Hypothesis><name> An aide </name></Hypothesis>
    <HYPOTHESIS><NAME>Nobody: it was planted</NAME></HYPOTHESIS>
    <EVIDENCE>
      <NAME>Memo printed on ministry paper</NAME>
      <NOTES>Seen by two reporters</NOTES>
      <LINK>https://example.org/memo</LINK>
      <TYPE>Action</TYPE>
      <DATE>1714557600000</DATE>
      <CODE>M1</CODE>
      <FLAG>true</FLAG>
      <CREDIBILITY>HIGH</CREDIBILITY>
      <VALUES>C C, I I ,NA</VALUES>
    </EVIDENCE>
    <evidence>
      <name>Aide denies &amp; resigns</name>
      <credibility> low </credibility>
      <values>I,C</values>
    </evidence>
  </MATRIX>
</ACH>`;

const utf16le = (text: string): Uint8Array =>
  new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));

const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
};

describe('parseAchz', () => {
  it('imports a gzipped UTF-16LE PARC ACH file', () => {
    const set = parseAchz(gzipSync(utf16le(xml)));
    expect(set.question).toBe('Who leaked the memo?');
    expect(set.hypotheses).toEqual([
      { id: 'H1', text: 'The minister' },
      { id: 'H2', text: 'An aide' },
      { id: 'H3', text: 'Nobody: it was planted' },
    ]);
    expect(set.evidence).toEqual([
      {
        id: 'E1',
        text: 'Memo printed on ministry paper',
        credibility: 'High',
        relevance: 'Medium',
        date: '2024-05-01T10:00:00.000Z', // 1714557600000 ms
        type: 'Action',
        link: { kind: 'source', id: 'https://example.org/memo' },
        notes: 'Seen by two reporters',
        code: 'M1',
        flagged: true,
      },
      { id: 'E2', text: 'Aide denies & resigns', credibility: 'Low', relevance: 'Medium' },
    ]);
    expect(set.ratings.map((r) => [r.analyst, r.evidence, r.hypothesis, r.value])).toEqual([
      ['imported', 'E1', 'H1', 'CC'],
      ['imported', 'E1', 'H2', 'II'],
      ['imported', 'E1', 'H3', 'NA'],
      ['imported', 'E2', 'H1', 'I'],
      ['imported', 'E2', 'H2', 'C'], // E2 × H3 not rated
    ]);
    expect(set.probabilities).toEqual([]);
  });

  it('reads UTF-16BE when the BOM says so', () => {
    expect(parseAchz(gzipSync(utf16be(xml))).hypotheses[1]?.text).toBe('An aide');
  });

  it('reads UTF-16LE without a BOM', () => {
    const noBom = new Uint8Array(Buffer.from(xml, 'utf16le'));
    expect(parseAchz(gzipSync(noBom)).question).toBe('Who leaked the memo?');
  });

  it('names the evidence with an unknown rating', () => {
    const bad = xml.replace('I,C', 'I,X');
    expect(() => parseAchz(gzipSync(utf16le(bad)))).toThrow('Evidence E2: unknown rating "X"');
  });

  it('rejects more values than hypotheses', () => {
    const bad = xml.replace('I,C', 'I,C,N,N');
    expect(() => parseAchz(gzipSync(utf16le(bad)))).toThrow(
      'Evidence E2: 4 VALUES for 3 hypotheses',
    );
  });

  it('rejects bytes that are neither gzip nor XML', () => {
    expect(() => parseAchz(new Uint8Array([0x1f, 0x8b, 1, 2, 3]))).toThrow(/Not a PARC ACH/);
  });
});
