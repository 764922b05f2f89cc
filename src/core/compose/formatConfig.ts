// Prints the canonical project as `docker compose config` does: JSON, or YAML in block style.
//
// The YAML is exactly what `yaml`'s stringify prints with these options. `stackmap config` starts
// cold, and there yaml's general document builder cost more than reading the compose files; the
// writer below prints the block structure and the everyday scalars itself, asks yaml for any
// scalar it is not sure of, and gives the whole document to yaml when a key is unusual.
// formatConfig.test.ts checks the two agree on generated and real configurations.
import { stringify } from 'yaml';
import type { ComposeProject, Json, JsonObject } from './types';

const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/** The canonical project as text; YAML output keeps the same key order as JSON. */
export function formatConfig(project: ComposeProject, format: 'json' | 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(project.config, null, 2)}\n`;
  return blockYaml(project.config) ?? stringify(project.config, YAML_OPTIONS);
}

/** Thrown inside the writer when yaml itself must print the document; never escapes. */
class Unusual extends Error {}

/** `value` as yaml's stringify prints it, or undefined to let yaml print it. */
export function blockYaml(value: JsonObject): string | undefined {
  if (!isPlainObject(value) || Object.keys(value).length === 0) return undefined;
  const out: string[] = [];
  try {
    writeMap(value, '', false, out);
  } catch (e) {
    if (e instanceof Unusual) return undefined;
    throw e;
  }
  return out.join('');
}

function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// A map's keys start at `indent`; the first one continues the current line after `- ` when `inline`.
function writeMap(obj: JsonObject, indent: string, inline: boolean, out: string[]): void {
  let first = true;
  for (const k of Object.keys(obj)) {
    out.push(first && inline ? '' : indent, keyText(k), ':');
    first = false;
    writeValue(obj[k], indent, 'map', out);
  }
}

function writeSeq(items: Json[], indent: string, inline: boolean, out: string[]): void {
  for (let i = 0; i < items.length; i++) {
    out.push(i === 0 && inline ? '' : indent, '-');
    writeValue(items[i], indent, 'seq', out);
  }
}

/** The rest of a line after `key:` or `-`, and the lines of a nested collection. */
function writeValue(v: Json | undefined, indent: string, parent: 'map' | 'seq', out: string[]): void {
  if (Array.isArray(v)) {
    if (v.length === 0) out.push(' []\n');
    // yaml indents a list under a key, and a list in a list continues the `- ` line.
    else if (parent === 'map') {
      out.push('\n');
      writeSeq(v, `${indent}  `, false, out);
    } else {
      out.push(' ');
      writeSeq(v, `${indent}  `, true, out);
    }
  } else if (isPlainObject(v)) {
    if (Object.keys(v).length === 0) out.push(' {}\n');
    else if (parent === 'map') {
      out.push('\n');
      writeMap(v, `${indent}  `, false, out);
    } else {
      out.push(' ');
      writeMap(v, `${indent}  `, true, out);
    }
  } else out.push(' ', scalarText(v, indent, parent), '\n');
}

// Core-schema tags a plain scalar could be read back as (yaml's schema/core tests): such a string is quoted.
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
// What yaml never writes plain (its plainString): indicators first, `: `, ` #`, trailing space or colon.
const NOT_PLAIN = /^[\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|:[ \t]|[\t ]#|[\t :]$/;
// One printable ASCII line; anything else (line breaks, tabs, other scripts) is left to yaml.
const SIMPLE = /^[\x20-\x7e]*$/;
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/;

/**
 * How yaml prints a one-line ASCII string: plain when it reads back as the same string, else
 * in double quotes (yaml's choice when there is no `"` in it). Undefined: ask yaml.
 */
function simpleString(s: string): string | undefined {
  if (!SIMPLE.test(s) || DOCUMENT_MARKER.test(s)) return undefined;
  if (!NOT_PLAIN.test(s) && !NOT_A_STRING.some((re) => re.test(s))) return s;
  if (s.includes('"') || s.includes('\\')) return undefined;
  return `"${s}"`;
}

// Keys are written often and are few: remember them.
const keys = new Map<string, string>();

function keyText(k: string): string {
  let text = keys.get(k);
  if (text === undefined) {
    // yaml writes keys over 1024 characters in the explicit `? key` form.
    text = k.length <= 1000 ? simpleString(k) : undefined;
    if (text === undefined) throw new Unusual();
    if (keys.size < 10_000) keys.set(k, text);
  }
  return text;
}

function scalarText(v: Json | undefined, indent: string, parent: 'map' | 'seq'): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v);
  if (typeof v === 'string') {
    const simple = simpleString(v);
    if (simple !== undefined) return simple;
  } else if (typeof v !== 'number') throw new Unusual();
  return fromYaml(v, indent, parent);
}

/**
 * yaml's own text for a scalar in the same place: printed as the value of a one-key map or the
 * item of a one-item list, whose value lines yaml indents by one step; block scalar lines and
 * continued quoted lines then move to this collection's indentation.
 */
function fromYaml(v: string | number, indent: string, parent: 'map' | 'seq'): string {
  const text = parent === 'map' ? stringify({ k: v }, YAML_OPTIONS) : stringify([v], YAML_OPTIONS);
  const prefix = parent === 'map' ? 'k: ' : '- ';
  if (!text.startsWith(prefix)) throw new Unusual();
  const body = text.slice(prefix.length, -1);
  if (!indent || !body.includes('\n')) return body;
  return body
    .split('\n')
    .map((line, i) => (i > 0 && line ? indent + line : line))
    .join('\n');
}
