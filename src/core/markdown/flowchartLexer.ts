// A tokenizer for the mermaid flowchart subset Stackmap reads. Mermaid's own parser needs a
// DOM (for DOMPurify), which neither the worker nor the CLI has; this one is plain code.

export type FlowToken =
  | { type: 'id'; value: string; offset: number }
  | { type: 'shape'; shape: string; label: string; offset: number }
  | { type: 'link'; stroke: 'normal' | 'dotted' | 'thick' | 'invisible'; arrow: boolean; label: string | null; offset: number }
  | { type: 'pipe'; label: string; offset: number }
  | { type: 'amp'; offset: number }
  | { type: 'class'; value: string; offset: number }
  | { type: 'props'; value: string; offset: number }
  | { type: 'end'; offset: number };

export class FlowSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

// Opening delimiters, longest first, with the delimiter that closes each shape.
const SHAPES: [open: string, close: string, shape: string][] = [
  ['(((', ')))', 'doublecircle'],
  ['([', '])', 'stadium'],
  ['[[', ']]', 'subroutine'],
  ['[(', ')]', 'cylinder'],
  ['((', '))', 'circle'],
  ['{{', '}}', 'hexagon'],
  ['[/', '/]', 'lean_right'],
  ['[\\', '\\]', 'lean_left'],
  ['[', ']', 'square'],
  ['(', ')', 'round'],
  ['{', '}', 'diamond'],
  ['>', ']', 'odd'],
];

const ID_CHAR = /[\p{L}\p{N}_]/u;

/** Splits one statement (a line without its comment) into tokens. `base` is its offset in the diagram. */
export function lexStatement(text: string, base: number): FlowToken[] {
  const tokens: FlowToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t') { i++; continue; }
    const at = base + i;
    if (c === '&') { tokens.push({ type: 'amp', offset: at }); i++; continue; }
    if (c === '|') {
      const close = text.indexOf('|', i + 1);
      if (close < 0) throw new FlowSyntaxError('an edge label opened with "|" is never closed', at);
      tokens.push({ type: 'pipe', label: unquote(text.slice(i + 1, close).trim()), offset: at });
      i = close + 1;
      continue;
    }
    if (text.startsWith(':::', i)) {
      let j = i + 3;
      while (j < text.length && /[\w-]/.test(text[j])) j++;
      tokens.push({ type: 'class', value: text.slice(i + 3, j), offset: at });
      i = j;
      continue;
    }
    if (c === '@' && text[i + 1] === '{') {
      const close = text.indexOf('}', i);
      if (close < 0) throw new FlowSyntaxError('node properties opened with "@{" are never closed', at);
      tokens.push({ type: 'props', value: text.slice(i + 2, close), offset: at });
      i = close + 1;
      continue;
    }
    const link = readLink(text, i);
    if (link) {
      tokens.push({ type: 'link', stroke: link.stroke, arrow: link.arrow, label: link.label, offset: at });
      i = link.end;
      continue;
    }
    const prev = tokens[tokens.length - 1];
    if (prev && prev.type === 'id') {
      const shape = readShape(text, i);
      if (shape) {
        tokens.push({ type: 'shape', shape: shape.shape, label: shape.label, offset: at });
        i = shape.end;
        continue;
      }
    }
    if (ID_CHAR.test(c)) {
      const end = readId(text, i);
      tokens.push({ type: 'id', value: text.slice(i, end), offset: at });
      i = end;
      continue;
    }
    throw new FlowSyntaxError(`unexpected "${c}"`, at);
  }
  tokens.push({ type: 'end', offset: base + text.length });
  return tokens;
}

function readId(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (ID_CHAR.test(c)) { j++; continue; }
    // `-` and `.` belong to an id only between id characters, so `a-->b` still ends at `a`.
    if ((c === '-' || c === '.') && j + 1 < text.length && ID_CHAR.test(text[j + 1]) && j > i) { j++; continue; }
    break;
  }
  return j;
}

function readShape(text: string, i: number): { shape: string; label: string; end: number } | null {
  for (const [open, close, shape] of SHAPES) {
    if (!text.startsWith(open, i)) continue;
    let j = i + open.length;
    while (text[j] === ' ') j++;
    let label: string;
    if (text[j] === '"') {
      const q = text.indexOf('"', j + 1);
      if (q < 0) throw new FlowSyntaxError('a quoted label is never closed', j);
      label = text.slice(j + 1, q);
      j = q + 1;
      while (text[j] === ' ') j++;
      if (!text.startsWith(close, j)) throw new FlowSyntaxError(`expected "${close}" after the quoted label`, j);
      return { shape, label, end: j + close.length };
    }
    const end = text.indexOf(close, j);
    if (end < 0) throw new FlowSyntaxError(`a node shape opened with "${open}" is never closed with "${close}"`, i);
    label = text.slice(j, end).trim();
    return { shape, label, end: end + close.length };
  }
  return null;
}

type Link = { stroke: 'normal' | 'dotted' | 'thick' | 'invisible'; arrow: boolean; label: string | null; end: number };

const LINK_PATTERNS: [RegExp, Link['stroke']][] = [
  [/<?-{2,}[>ox]?|<?-{1,}\.+-+[>ox]?/y, 'normal'],
  [/<?={2,}[>ox]?/y, 'thick'],
  [/~{3,}/y, 'invisible'],
];
// Text between the two halves of a link: `-- text -->`, `-. text .->`, `== text ==>`.
const TEXT_OPEN: [string, RegExp, Link['stroke']][] = [
  ['--', /\s*-{2,}[>ox]?|\s*-{3,}/y, 'normal'],
  ['-.', /\s*\.+-[>ox]?/y, 'dotted'],
  ['==', /\s*={2,}[>ox]?/y, 'thick'],
];

function readLink(text: string, i: number): Link | null {
  const c = text[i];
  if (c !== '-' && c !== '=' && c !== '~' && c !== '<' && c !== '.') return null;
  for (const [open, closer, stroke] of TEXT_OPEN) {
    if (!text.startsWith(open, i)) continue;
    const after = text[i + open.length];
    if (after !== ' ' && after !== '\t') continue;
    // Find the closing half: the first arrow-like run after some text.
    for (let j = i + open.length + 1; j < text.length; j++) {
      closer.lastIndex = j;
      const m = closer.exec(text);
      if (!m || m.index !== j) continue;
      const label = text.slice(i + open.length, j).trim();
      if (!label) break;
      const tail = m[0].trim();
      return { stroke, arrow: /[>ox]$/.test(tail), label: unquote(label), end: j + m[0].length };
    }
  }
  for (const [re, stroke] of LINK_PATTERNS) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    const s = m[0];
    if (s.length < 2) continue;
    const kind = stroke === 'normal' && s.includes('.') ? 'dotted' : stroke;
    return { stroke: kind, arrow: /[>ox]$/.test(s), label: null, end: i + s.length };
  }
  return null;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}
