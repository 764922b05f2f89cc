import { isScalar, parseAllDocuments, visit } from 'yaml';
import type { Scalar } from 'yaml';
import type { WorkspaceFile } from '../types';
import { looksSecret, MASK, secretSpan } from './secretNames';
import type { MaskedSecret } from './types';

/** One replacement in a file's text: [start, end) becomes MASK. */
interface Edit {
  start: number;
  end: number;
  variable: string;
  kind: MaskedSecret['kind'];
}

const isYaml = (path: string) => /\.ya?ml$/i.test(path);
const isEnv = (path: string) => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.startsWith('.env') || name.endsWith('.env');
};

/**
 * Replaces the values of secret-looking variables (`*PASSWORD*`, `*TOKEN*`, `*_KEY`, …) and
 * passwords in connection strings (`scheme://user:PASSWORD@host`) with `«masked»` in env files,
 * compose YAML (mappings and `KEY=VALUE` lists, anywhere) and Markdown. Only the value's
 * characters change; everything else stays byte-identical. Returns what was masked, in order.
 */
export function maskSecrets(files: WorkspaceFile[]): { files: WorkspaceFile[]; masked: MaskedSecret[] } {
  const masked: MaskedSecret[] = [];
  const out = files.map((file) => {
    const edits = resolveOverlaps([...variableEdits(file), ...urlEdits(file.text)]);
    if (edits.length === 0) return file;
    const lines = lineStarts(file.text);
    for (const e of edits) masked.push({ file: file.path, ...position(lines, e.start), variable: e.variable, kind: e.kind });
    return { path: file.path, text: applyEdits(file.text, edits) };
  });
  return { files: out, masked };
}

function variableEdits(file: WorkspaceFile): Edit[] {
  if (isEnv(file.path)) return lineEdits(file.text, ENV_LINE);
  if (isYaml(file.path)) return yamlEdits(file.text);
  return lineEdits(file.text, LOOSE_LINE);
}

// `KEY=value`, optionally `export`ed, as dotenv and compose's env_file read it.
const ENV_LINE = /^([ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)([ \t]*=[ \t]*)(.*)$/gm;
// In Markdown (code blocks, snippets) and unparsable YAML: `KEY=value`, `KEY: value` or a list
// item of either. Upper-case names only, so prose such as "Password: at least 12 characters" stays.
const LOOSE_LINE = /^([ \t>]*(?:[-*][ \t]+)?(?:export[ \t]+)?["']?)([A-Z_][A-Z0-9_]*)([ \t]*[=:][ \t]*)(.*)$/gm;

function lineEdits(text: string, pattern: RegExp): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(pattern)) {
    const [, lead, name, sep, rest] = m;
    if (!looksSecret(name)) continue;
    const restStart = m.index + lead.length + name.length + sep.length;
    const [from, to] = valueBounds(rest);
    const span = secretSpan(rest.slice(from, to));
    if (span) edits.push({ start: restStart + from + span[0], end: restStart + from + span[1], variable: name, kind: 'variable' });
  }
  return edits;
}

/** Where the value sits in the rest of a line: inside its quotes, or before a ` # comment`. */
function valueBounds(rest: string): [number, number] {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    let i = 1;
    while (i < rest.length && rest[i] !== quote) i += rest[i] === '\\' && quote === '"' ? 2 : 1;
    return [1, Math.min(i, rest.length)];
  }
  const comment = rest.search(/[ \t]#/);
  const end = comment >= 0 ? comment : rest.length;
  return [0, rest.slice(0, end).trimEnd().length];
}

function yamlEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let broken = false;
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) broken = true;
    visit(doc, {
      Pair(_, pair) {
        const key = isScalar(pair.key) ? String(pair.key.value) : null;
        if (key && looksSecret(key) && isScalar(pair.value)) scalarEdit(text, pair.value, 0, key, edits);
      },
      Seq(_, seq) {
        for (const item of seq.items) {
          if (!isScalar(item) || typeof item.value !== 'string') continue;
          const m = /^([A-Za-z_][A-Za-z0-9_.-]*)=/.exec(item.value);
          if (m && looksSecret(m[1])) scalarEdit(text, item, m[0].length, m[1], edits);
        }
      },
    });
  }
  // Half-read YAML may hide pairs from the tree; the line rules still find them.
  return broken ? [...edits, ...lineEdits(text, LOOSE_LINE)] : edits;
}

/** Masks a scalar's value from `skip` characters in (past `KEY=`), whatever its YAML style. */
function scalarEdit(text: string, node: Scalar, skip: number, variable: string, edits: Edit[]): void {
  if (!node.range || node.value === null || typeof node.value === 'boolean') return;
  const [start, valueEnd] = node.range;
  let from = start;
  let to = valueEnd;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    from += 1;
    to -= 1;
  } else if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    from = text.indexOf('\n', start) + 1;
    if (from <= 0) return;
  }
  from += skip;
  const source = text.slice(from, to);
  const span = secretSpan(source);
  if (span) edits.push({ start: from + span[0], end: from + span[1], variable, kind: 'variable' });
}

// scheme://user:password@host: the password is whatever sits between the first ':' after the
// user and the '@', with no whitespace, quote or '/' in between. The user may be empty (`redis://:pw@cache`).
const URL_WITH_PASSWORD = /\b([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^\s:@/?#"'`<>]*):([^\s@/"'`<>]+)@([^\s/:?#"'`<>]*)/g;

function urlEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(URL_WITH_PASSWORD)) {
    const [, scheme, user, password, host] = m;
    const span = secretSpan(password);
    if (!span) continue;
    const start = m.index + scheme.length + user.length + 1;
    edits.push({ start: start + span[0], end: start + span[1], variable: `${scheme}${user}@${host}`, kind: 'url' });
  }
  return edits;
}

/** Keeps the earliest, widest edit where two overlap (a secret variable holding a URL). */
function resolveOverlaps(edits: Edit[]): Edit[] {
  const sorted = edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  for (const e of sorted) if (e.end > e.start && (kept.length === 0 || e.start >= kept[kept.length - 1].end)) kept.push(e);
  return kept;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + MASK;
    at = e.end;
  }
  return out + text.slice(at);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
