import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseAchz } from '../../src/app/ach/achz-import.js';

const xml =
  '<?xml version="1.0" encoding="UTF-8"?><ACH><PROJECT-TITLE>Mémo</PROJECT-TITLE><MATRIX>' +
  '<HYPOTHESIS><NAME>A</NAME></HYPOTHESIS><EVIDENCE><NAME>x</NAME><VALUES>I</VALUES></EVIDENCE>' +
  '</MATRIX></ACH>';

describe('parseAchz on files PARC ACH itself does not write', () => {
  it('reads UTF-8 XML (no BOM, no zero byte), as an XML file that says encoding="UTF-8" is', () => {
    const set = parseAchz(gzipSync(Buffer.from(xml, 'utf8')));
    expect(set.question).toBe('Mémo');
    expect(set.ratings).toEqual([
      { analyst: 'imported', evidence: 'E1', hypothesis: 'H1', value: 'I' },
    ]);
  });

  it('rejects XML with no hypothesis rather than importing an empty set', () => {
    expect(() =>
      parseAchz(gzipSync(Buffer.from('<notes><note>hi</note></notes>', 'utf8'))),
    ).toThrow('Not a PARC ACH .achz file: no HYPOTHESIS in it');
  });
});
