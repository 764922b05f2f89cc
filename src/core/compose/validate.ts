// Validate stage: each file's own (interpolated) syntax against the official compose-spec
// JSON schema, before merge, so every error points at a line the user wrote. ajv's messages
// are rewritten into plain sentences at the YAML node's line:col.
import type { ErrorObject } from 'ajv';
import type { Diagnostic, SourceRef } from '../types';
import { diag } from './diagnostics';
// Generated at build time from the compose-spec schema by scripts/generate-validator.mjs (ajv's
// standalone code): compiling the schema at run time cost the first call most of a second.
import validate from './generated/composeValidator';
import { toJson } from './node';
import type { YNode } from './node';

/** Schema errors for one file's tree, each at the line:col of the offending node. */
export function validateCompose(root: YNode): Diagnostic[] {
  const data = toJson(root);
  if (validate(data)) return [];
  return explain(validate.errors ?? [], root, data);
}

function explain(errors: ErrorObject[], root: YNode, data: unknown): Diagnostic[] {
  const relevant = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    // A branch of a oneOf that failed deeper down says more than "must be array" at the top.
    if (['type', 'oneOf', 'anyOf', 'const', 'enum', 'required'].includes(e.keyword)) {
      return !errors.some((o) => o !== e && o.instancePath.startsWith(`${e.instancePath}/`));
    }
    return true;
  });
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of relevant) {
    if (e.keyword === 'type' && typeMatchesAfterCast(e, data)) continue;
    const k = `${e.instancePath}|${e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : ''}`;
    byPath.set(k, [...(byPath.get(k) ?? []), e]);
  }
  const out: Diagnostic[] = [];
  for (const group of byPath.values()) {
    const d = describe(group, root);
    if (d) out.push(d);
  }
  return out;
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function nodeAt(root: YNode, segs: string[]): { node: YNode; keySrc?: SourceRef } {
  let node = root;
  let keySrc: SourceRef | undefined;
  for (const s of segs) {
    if (node.kind === 'map' && node.entries.has(s)) {
      const e = node.entries.get(s)!;
      keySrc = e.keySrc;
      node = e.value;
    } else if (node.kind === 'seq' && node.items[Number(s)]) {
      node = node.items[Number(s)];
      keySrc = undefined;
    } else break;
  }
  return { node, keySrc };
}

function valueAt(data: unknown, segs: string[]): unknown {
  let cur = data;
  for (const s of segs) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[s] : undefined;
  return cur;
}

// Interpolation yields strings; compose casts them where the schema wants numbers or booleans.
function typeMatchesAfterCast(e: ErrorObject, data: unknown): boolean {
  const v = valueAt(data, segments(e.instancePath));
  if (typeof v !== 'string') return false;
  const types = ([] as string[]).concat((e.params as { type: string | string[] }).type);
  return (types.includes('integer') && /^-?\d+$/.test(v)) || (types.includes('number') && /^-?\d+(\.\d+)?$/.test(v)) || (types.includes('boolean') && /^(true|false)$/i.test(v));
}

function where(segs: string[]): { label: string; service?: string } {
  if (segs[0] === 'services' && segs.length >= 2) {
    const rest = segs.slice(2).join('.');
    return { label: rest ? `\`${rest}\` in service \`${segs[1]}\`` : `service \`${segs[1]}\``, service: segs[1] };
  }
  return { label: segs.length ? `\`${segs.join('.')}\`` : 'the top level of the file' };
}

const TYPE_NAMES: Record<string, string> = { string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping', null: 'empty' };

function describe(group: ErrorObject[], root: YNode): Diagnostic | null {
  const e = group[0];
  const segs = segments(e.instancePath);
  const { node, keySrc } = nodeAt(root, segs);
  const { label, service } = where(segs);
  const extra = { path: segs, ...(service ? { service } : {}) };
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const at = node.kind === 'map' ? node.entries.get(key)?.keySrc : undefined;
      const inside = segs.length === 0 ? 'at the top level' : segs.length === 2 && segs[0] === 'services' ? `in service \`${segs[1]}\`` : `in ${label}`;
      const hint = segs.length === 1 && ['services', 'networks', 'volumes', 'secrets', 'configs'].includes(segs[0]) ? ' (names may use letters, digits, ".", "_" and "-")' : '';
      return diag('error', 'schema', `Unknown key \`${key}\` ${inside}${hint}.`, at ?? node.src, { ...extra, path: [...segs, key] });
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.join(', ');
      return diag('error', 'schema', `${capital(label)} must be one of ${allowed}.`, node.src, extra);
    }
    case 'type': {
      const types = [...new Set(group.flatMap((g) => ([] as string[]).concat((g.params as { type: string | string[] }).type)))];
      return diag('error', 'schema', `${capital(label)} must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}.`, node.src, extra);
    }
    case 'required': {
      const missing = group.map((g) => `\`${(g.params as { missingProperty: string }).missingProperty}\``).join(', ');
      return diag('error', 'schema', `${capital(label)} needs ${missing}.`, keySrc ?? node.src, extra);
    }
    case 'oneOf':
    case 'anyOf':
      return diag('error', 'schema', `${capital(label)} has a form compose does not accept; check its syntax in the compose specification.`, node.src, extra);
    default:
      return diag('error', 'schema', `${capital(label)} ${e.message ?? 'is not valid'}.`, node.src, extra);
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
