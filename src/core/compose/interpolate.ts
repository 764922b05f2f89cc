// Interpolation stage: `${VAR}` and friends in every string value, as compose-go's
// template package does (keys are not interpolated). Runs per file, before validation,
// so errors point at the value the user wrote.
import type { Diagnostic } from '../types';
import { diag } from './diagnostics';
import type { YNode } from './node';

export type Lookup = (name: string) => string | undefined;

export interface InterpolationResult {
  value: string;
  /** Variables read while unset and without a default (compose substitutes ""). */
  missing: string[];
  /** `${VAR:?msg}` / `${VAR?msg}` failures and malformed templates. */
  errors: string[];
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/**
 * Deepest `${A:-${B:-…}}` nesting expanded. Each level recurses and rescans its body, so an
 * unbounded depth would overflow the stack and cost time quadratic in the text.
 */
export const MAX_NESTING = 32;

/** Substitutes variables in one string with compose's rules. */
export function interpolateString(text: string, lookup: Lookup): InterpolationResult {
  const res: InterpolationResult = { value: '', missing: [], errors: [] };
  res.value = expand(text, lookup, res, 0);
  return res;
}

function expand(text: string, lookup: Lookup, res: InterpolationResult, depth: number): string {
  if (!text.includes('$')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      if (depth >= MAX_NESTING) {
        res.errors.push(`Invalid interpolation "${text.slice(i, i + 40)}…": \`\${…}\` is nested more than ${MAX_NESTING} levels deep; use fewer nested defaults.`);
        return out;
      }
      const end = closingBrace(text, i + 2);
      if (end < 0) {
        res.errors.push(`Invalid interpolation "${text.slice(i)}": the \`\${\` is never closed with \`}\`.`);
        return out + text.slice(i);
      }
      out += braced(text.slice(i + 2, end), lookup, res, depth + 1);
      i = end + 1;
      continue;
    }
    const m = NAME.exec(text.slice(i + 1));
    if (m) {
      out += value(m[0], lookup, res);
      i += 1 + m[0].length;
      continue;
    }
    res.errors.push(`Invalid interpolation format "${text}": a \`$\` must start a variable (\`$VAR\`, \`\${VAR}\`); write \`$$\` for a literal dollar sign.`);
    out += c;
    i++;
  }
  return out;
}

/** Index of the `}` closing a `${` whose body starts at `from`, honouring nested `${…}`. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '$' && text[j + 1] === '$') {
      j++;
    } else if (text[j] === '$' && text[j + 1] === '{') {
      depth++;
      j++;
    } else if (text[j] === '}') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function value(name: string, lookup: Lookup, res: InterpolationResult): string {
  const v = lookup(name);
  if (v === undefined) {
    res.missing.push(name);
    return '';
  }
  return v;
}

function braced(body: string, lookup: Lookup, res: InterpolationResult, depth: number): string {
  const m = NAME.exec(body);
  if (!m) {
    res.errors.push(`Invalid interpolation "\${${body}}": expected a variable name after \`\${\`.`);
    return '';
  }
  const name = m[0];
  const rest = body.slice(name.length);
  if (rest === '') return value(name, lookup, res);
  const v = lookup(name);
  const op = rest.startsWith(':') ? rest.slice(0, 2) : rest.slice(0, 1);
  const arg = () => expand(rest.slice(op.length), lookup, res, depth);
  switch (op) {
    case ':-':
      return v === undefined || v === '' ? arg() : v;
    case '-':
      return v === undefined ? arg() : v;
    case ':+':
      return v !== undefined && v !== '' ? arg() : '';
    case '+':
      return v !== undefined ? arg() : '';
    case ':?':
    case '?':
      if (v === undefined || (op === ':?' && v === '')) {
        const msg = arg();
        res.errors.push(`Required variable ${name} is ${v === undefined ? 'missing' : 'empty'}${msg ? `: ${msg}` : ''}.`);
        return '';
      }
      return v;
    default:
      res.errors.push(`Invalid interpolation "\${${body}}": after the name use :-, -, :?, ?, :+ or +.`);
      return '';
  }
}

/**
 * Interpolates every string scalar of a located tree. Each unset variable is reported once
 * per file (a warning, as compose does); required-variable failures are errors at their value.
 */
export function interpolateNode(node: YNode, lookup: Lookup, diagnostics: Diagnostic[], warned = new Set<string>()): YNode {
  const memo = new Map<YNode, YNode>();
  const walk = (n: YNode): YNode => {
    const done = memo.get(n);
    if (done) return done;
    let out: YNode = n;
    if (n.kind === 'scalar') {
      if (typeof n.value === 'string' && n.value.includes('$')) {
        const r = interpolateString(n.value, lookup);
        for (const e of r.errors) diagnostics.push(diag('error', 'interpolation', e, n.src));
        for (const name of r.missing) {
          if (warned.has(name)) continue;
          warned.add(name);
          diagnostics.push(diag('warning', 'unset-variable', unsetVariableMessage(name), n.src));
        }
        out = { ...n, value: r.value };
      }
    } else if (n.kind === 'seq') {
      out = { ...n, items: n.items.map(walk) };
    } else {
      const entries = new Map();
      for (const [k, e] of n.entries) entries.set(k, { keySrc: e.keySrc, value: walk(e.value) });
      out = { ...n, entries };
    }
    memo.set(n, out);
    return out;
  };
  return walk(node);
}

/** The `unset-variable` warning's words; `unsetVariableIn` reads the name back (see explainUnset). */
export function unsetVariableMessage(name: string): string {
  return `The variable ${name} is not set; it defaults to an empty string. Set it in .env or give a default with \${${name}:-value}.`;
}

export function unsetVariableIn(message: string): string | null {
  return /^The variable (\S+) is not set;/.exec(message)?.[1] ?? null;
}
