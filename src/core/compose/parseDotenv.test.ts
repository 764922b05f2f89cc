import { describe, expect, it } from 'vitest';
import { parseDotenv } from './parseDotenv';

const parse = (text: string, env: Record<string, string> = {}) => parseDotenv({ path: '.env', text }, (n) => env[n]);

describe('parseDotenv', () => {
  it('reads compose dotenv syntax', () => {
    const r = parse(
      [
        '# comment',
        'A=1',
        'export B = two ',
        "C='literal ${A} \\n'",
        'D="esc\\tand ${A}"',
        'E=plain # trailing comment',
        'F=x#not-a-comment',
        'G="multi',
        'line"',
        'H=${A}-${FROM_ENV:-none}',
        'I=',
        'J: colon',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect({ ...r.value }).toEqual({
      A: '1',
      B: 'two',
      C: 'literal ${A} \\n',
      D: 'esc\tand 1',
      E: 'plain',
      F: 'x#not-a-comment',
      G: 'multi\nline',
      H: '1-none',
      I: '',
      J: 'colon',
    });
  });

  it('takes a bare key from the environment and reports unreadable lines with their line', () => {
    const r = parse('KEY\n!!bad\nOK=1', { KEY: 'from-env' });
    expect({ ...r.value }).toEqual({ KEY: 'from-env', OK: '1' });
    expect(r.diagnostics).toMatchObject([{ code: 'env-syntax', source: { file: '.env', line: 2 } }]);
  });

  it('reports an unclosed quote', () => {
    expect(parse('A="open\nB=1').diagnostics[0]).toMatchObject({ severity: 'error', source: { line: 1 } });
  });

  it('gives each key the position it was written at', () => {
    const r = parse('# c\nA=1\n  export B=2\nC="multi\nline"\nD=4\nA=again\n');
    expect({ ...r.positions }).toEqual({
      A: { file: '.env', line: 7, column: 1 },
      B: { file: '.env', line: 3, column: 10 },
      C: { file: '.env', line: 4, column: 1 },
      D: { file: '.env', line: 6, column: 1 },
    });
  });
});
