import { describe, expect, it } from 'vitest';
import { canonicalForSigning, signingBytes } from '../../../utils/rules/canonical';

describe('canonical JSON (RFC 8785)', () => {
  it('matches the example of RFC 8785 section 3.2.2', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalForSigning(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 section 3.2.3 requires', () => {
    expect(canonicalForSigning({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '1': 4, a: 5, A: 6 })).toBe(
      '{"\\r":2,"1":4,"A":6,"a":5,"€":1,"😀":3}',
    );
  });

  it('leaves out the signature and nothing else', () => {
    expect(canonicalForSigning({ title: 'T', signature: 'abc', version: 2 })).toBe('{"title":"T","version":2}');
    expect(new TextDecoder().decode(signingBytes({ title: 'Ä' }))).toBe('{"title":"Ä"}');
  });
});
