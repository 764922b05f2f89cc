// Compose's dotenv syntax (compose-go/dotenv): `KEY=value`, `export KEY=value`, comments,
// single quotes (literal), double quotes (escapes, may span lines), unquoted values with
// ` #` comments, and `${VAR}` inside values resolved against earlier keys, then `lookup`.
import type { Diagnostic, Parsed, SourceRef, WorkspaceFile } from '../types';
import { diag } from './diagnostics';
import { interpolateString } from './interpolate';
import type { Lookup } from './interpolate';

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.\-]*)\s*([=:])?/;
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '$', "'": "'" };

/** Variables of one env file, and where each key was written (its last definition). */
export interface Dotenv extends Parsed<Record<string, string>> {
  positions: Record<string, SourceRef>;
}

/** Parses one env file into an ordered map of variables. */
export function parseDotenv(file: WorkspaceFile, lookup: Lookup = () => undefined): Dotenv {
  const vars: Record<string, string> = Object.create(null);
  const positions: Record<string, SourceRef> = Object.create(null);
  const diagnostics: Diagnostic[] = [];
  const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const resolve: Lookup = (name) => (Object.hasOwn(vars, name) ? vars[name] : lookup(name));
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const eol = text.indexOf('\n', i);
    const end = eol < 0 ? text.length : eol;
    const startLine = line;
    const lineText = text.slice(i, end);
    const indent = lineText.length - lineText.trimStart().length;
    if (lineText.trim() === '' || lineText.trimStart().startsWith('#')) {
      i = end + 1;
      line++;
      continue;
    }
    const m = LINE.exec(lineText);
    const src = { file: file.path, line: startLine, column: indent + 1 };
    if (!m || (m[2] === undefined && lineText.slice(m[0].length).trim() !== '')) {
      diagnostics.push(diag('warning', 'env-syntax', `Cannot read this line of ${file.path} as KEY=value; it is ignored.`, src));
      i = end + 1;
      line++;
      continue;
    }
    const key = m[1];
    // The key is the last thing before `=`, so its last occurrence is the key (`export export=1`).
    positions[key] = { file: file.path, line: startLine, column: m[0].lastIndexOf(key) + 1 };
    if (m[2] === undefined) {
      // A bare `KEY` takes its value from the environment, as compose does.
      const v = lookup(key);
      if (v !== undefined) vars[key] = v;
      i = end + 1;
      line++;
      continue;
    }
    const valueStart = i + m[0].length;
    let j = valueStart;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    const q = text[j];
    if (q === '"' || q === "'") {
      const close = findClosingQuote(text, j + 1, q);
      if (close < 0) {
        diagnostics.push(diag('error', 'env-syntax', `The value of ${key} opens a ${q === '"' ? 'double' : 'single'} quote that is never closed.`, src));
        break;
      }
      const body = text.slice(j + 1, close);
      if (q === "'") vars[key] = body;
      else vars[key] = interp(unescape(body), resolve, key, src, diagnostics);
      line += countNewlines(text, i, close);
      const nl = text.indexOf('\n', close);
      i = nl < 0 ? text.length : nl + 1;
      line++;
      continue;
    }
    let v = text.slice(j, end);
    const hash = v.search(/\s#/);
    if (hash >= 0) v = v.slice(0, hash);
    vars[key] = interp(v.trim(), resolve, key, src, diagnostics);
    i = end + 1;
    line++;
  }
  return { value: vars, diagnostics, positions };
}

function findClosingQuote(text: string, from: number, q: string): number {
  for (let k = from; k < text.length; k++) {
    if (text[k] === '\\' && q === '"') k++;
    else if (text[k] === q) return k;
  }
  return -1;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, (m, c: string) => ESCAPES[c] ?? m);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text[k] === '\n') n++;
  return n;
}

function interp(v: string, lookup: Lookup, key: string, src: Diagnostic['source'], diagnostics: Diagnostic[]): string {
  if (!v.includes('$')) return v;
  const r = interpolateString(v, lookup);
  for (const e of r.errors) diagnostics.push(diag('error', 'interpolation', `${key}: ${e}`, src));
  return r.value;
}
