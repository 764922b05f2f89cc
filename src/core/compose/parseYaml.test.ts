import { describe, expect, it } from 'vitest';
import { toJson } from './node';
import { parseYaml } from './parseYaml';

const p = (text: string) => parseYaml({ path: 'c.yaml', text });

describe('parseYaml on bad input', () => {
  it('reports duplicate keys citing both lines', () => {
    const r = p('services:\n  web:\n    image: a\n    image: b\n');
    expect(r.diagnostics).toMatchObject([{ code: 'duplicate-key', source: { line: 4, column: 5 }, related: [{ line: 3, column: 5 }] }]);
    expect(r.diagnostics[0].message).toContain('line 3');
  });

  it('stops a billion-laughs bomb quickly with a diagnostic', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    // Best of three: other test files run in parallel threads, and the budget is for the bomb, not for them.
    let best = Infinity;
    let r = p('');
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      r = p(lines.join('\n'));
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(100);
    expect(r.value).toBeNull();
    expect(r.diagnostics).toMatchObject([{ code: 'yaml-alias-limit' }]);
  });

  it('caps the input size', () => {
    const r = p(`x: "${'a'.repeat(10 * 1024 * 1024)}"`);
    expect(r.diagnostics).toMatchObject([{ code: 'file-too-large', source: { line: 1, column: 1 } }]);
  });

  it('survives 10,000 levels of nesting', () => {
    const r = p(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(r.value).toBeNull();
    expect(r.diagnostics[0].severity).toBe('error');
  });

  it('keeps __proto__ and constructor as plain keys', () => {
    const r = p('services:\n  __proto__:\n    polluted: yes\n  constructor:\n    image: x\n');
    const json = toJson(r.value!) as { services: Record<string, unknown> };
    expect(Object.keys(json.services)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(json.services)).toBe(Object.prototype);
  });

  it('reports tabs used for indentation', () => {
    const r = p('services:\n\tweb:\n\t\timage: x\n');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'yaml-syntax', source: { line: 2 } });
  });

  it('warns about invalid UTF-8 where it is', () => {
    const r = p('services:\n  web:\n    image: caf\uFFFD\n');
    expect(r.diagnostics).toMatchObject([{ code: 'invalid-utf8', source: { line: 3, column: 15 } }]);
  });

  it('reads JSON, which is YAML', () => {
    const r = p('{"services": {"web": {"image": "nginx"}}}');
    expect(r.diagnostics).toEqual([]);
    expect(toJson(r.value!)).toEqual({ services: { web: { image: 'nginx' } } });
  });

  it('reports an empty file', () => {
    expect(p('').diagnostics).toMatchObject([{ code: 'empty-file', source: { line: 1, column: 1 } }]);
    expect(p('# only a comment\n').diagnostics).toMatchObject([{ code: 'empty-file' }]);
  });

  it('expands merge keys, lists of them, with written keys winning', () => {
    const r = p('x: &x {a: 1, b: 1}\ny: &y {b: 2, c: 2}\nz:\n  <<: [*x, *y]\n  a: 0\n');
    expect((toJson(r.value!) as Record<string, unknown>).z).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('keeps !reset and !override without warnings', () => {
    const r = p('services:\n  web:\n    ports: !reset []\n    environment: !override {A: 1}\n');
    expect(r.diagnostics).toEqual([]);
  });
});
