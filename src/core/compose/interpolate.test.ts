import { describe, expect, it } from 'vitest';
import { interpolateNode, interpolateString, MAX_NESTING } from './interpolate';
import type { Diagnostic } from '../types';
import { parseYaml } from './parseYaml';

const env: Record<string, string> = { SET: 'v', EMPTY: '' };
const look = (n: string) => env[n];
const i = (s: string) => interpolateString(s, look);

describe('interpolateString', () => {
  it.each([
    ['$SET', 'v'],
    ['${SET}', 'v'],
    ['a${SET}b$SET.c', 'avbv.c'],
    ['${UNSET:-d}', 'd'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${UNSET-d}', 'd'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${SET}-x}', 'v-x'],
    ['${UNSET:-${ALSO:-deep}}', 'deep'],
    ['$$SET and $${SET}', '$SET and ${SET}'],
    ['${SET:?boom}', 'v'],
  ])('%s → %s', (input, out) => {
    const r = i(input);
    expect(r.value).toBe(out);
    expect(r.errors).toEqual([]);
  });

  it('reports required variables with their message', () => {
    expect(i('${UNSET:?set it in .env}').errors).toEqual(['Required variable UNSET is missing: set it in .env.']);
    expect(i('${EMPTY:?x}').errors[0]).toContain('EMPTY is empty');
    expect(i('${EMPTY?x}').errors).toEqual([]);
    expect(i('${UNSET?x}').errors[0]).toContain('UNSET is missing');
  });

  it('names unset variables without default and substitutes ""', () => {
    expect(i('a${UNSET}b$OTHER')).toEqual({ value: 'ab', missing: ['UNSET', 'OTHER'], errors: [] });
  });

  it('reports malformed templates', () => {
    expect(i('${SET').errors[0]).toContain('never closed');
    expect(i('${}').errors[0]).toContain('variable name');
    expect(i('${SET%x}').errors[0]).toContain(':-');
    expect(i('cost $5').errors[0]).toContain('$$');
  });

  it('expands nesting up to the limit and reports deeper nesting instead of overflowing', () => {
    const nest = (n: number) => '${U:-'.repeat(n) + 'end' + '}'.repeat(n);
    expect(i(nest(MAX_NESTING))).toEqual({ value: 'end', missing: [], errors: [] });
    expect(i(nest(MAX_NESTING + 1)).errors).toHaveLength(1);
    expect(i(nest(MAX_NESTING + 1)).errors[0]).toContain(`more than ${MAX_NESTING} levels`);
    const started = Date.now();
    const deep = i(nest(200_000));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(deep.errors).toHaveLength(1);
  });
});

describe('interpolateNode', () => {
  it('reports too-deep nesting as an interpolation error at the value', () => {
    const doc = parseYaml({ path: 'c.yaml', text: `services:\n  web:\n    image: "${'${U:-'.repeat(5000)}x${'}'.repeat(5000)}"\n` }).value!;
    const diagnostics: Diagnostic[] = [];
    interpolateNode(doc, () => undefined, diagnostics);
    expect(diagnostics).toMatchObject([{ severity: 'error', code: 'interpolation', source: { file: 'c.yaml', line: 3, column: 12 } }]);
  });
});
