import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic, Parsed } from '../types';

/** Pages above this size are read up to it, so a page stays well under a second (real pages are < 60 kB). */
export const MAX_PAGE_CHARS = 120_000;

/** Quote and list levels read; deeper content gets a `docs-too-deep` warning. */
export const MAX_DEPTH = 100;

export interface MarkdownDocument {
  root: Root;
  /** `title:` from YAML front matter, when the page has one. */
  frontTitle: string | null;
  frontMatterLines: number;
  /** The text the tree's offsets refer to (front matter blanked, line ends normalized). */
  text: string;
}

/**
 * Parses CommonMark + GFM with positions. YAML front matter is blanked line for line (so
 * positions still match the file) and its `title` kept; oversized pages are cut at a line end.
 */
export function parseMarkdown(text: string, file: string): Parsed<MarkdownDocument> {
  const diagnostics: Diagnostic[] = [];
  let body = text.replace(/\r\n?/g, '\n');
  if (body.length > MAX_PAGE_CHARS) {
    const cut = body.lastIndexOf('\n', MAX_PAGE_CHARS);
    body = body.slice(0, cut > 0 ? cut : MAX_PAGE_CHARS);
    const line = body.split('\n').length;
    diagnostics.push({
      severity: 'warning',
      code: 'docs-page-too-large',
      message: `${file} is ${(text.length / 1e6).toFixed(1)} MB; only its first ${MAX_PAGE_CHARS / 1000} kB (to line ${line}) is read. Split the page to have all of it read.`,
      source: { file, line, column: 1 },
    });
  }
  const { body: stripped, title, lines } = stripFrontMatter(body);
  const { text: rest, firstLine } = capQuoteDepth(stripped);
  if (firstLine !== null) {
    diagnostics.push({
      severity: 'warning',
      code: 'docs-too-deep',
      message: `${file} nests quotes more than ${MAX_DEPTH} levels deep (line ${firstLine}); the deeper ">" are read as text.`,
      source: { file, line: firstLine, column: 1 },
    });
  }
  const root = fromMarkdown(rest, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return { value: { root, frontTitle: title, frontMatterLines: lines, text: rest }, diagnostics };
}

function stripFrontMatter(text: string): { body: string; title: string | null; lines: number } {
  if (!text.startsWith('---\n')) return { body: text, title: null, lines: 0 };
  const end = text.indexOf('\n---', 3);
  if (end < 0) return { body: text, title: null, lines: 0 };
  const after = text.indexOf('\n', end + 4);
  const blockEnd = after < 0 ? text.length : after;
  const block = text.slice(0, blockEnd);
  let title: string | null = null;
  try {
    const data: unknown = parseYaml(text.slice(4, end), { maxAliasCount: 10 });
    if (data && typeof data === 'object' && typeof (data as Record<string, unknown>).title === 'string') {
      title = (data as Record<string, string>).title;
    }
  } catch {
    // Front matter that is not YAML is still front matter: blank it, keep no title.
  }
  const lines = block.split('\n').length;
  return { body: '\n'.repeat(lines - 1) + text.slice(blockEnd), title, lines };
}

/**
 * Turns the `>` past MAX_DEPTH at a line's start into `›` (same length, so offsets hold): the
 * Markdown library takes minutes on 120 kB of `>` and then overflows its stack.
 */
function capQuoteDepth(text: string): { text: string; firstLine: number | null } {
  if (text.split('>', MAX_DEPTH + 2).length <= MAX_DEPTH + 1) return { text, firstLine: null };
  let out: string[] | null = null;
  let firstLine: number | null = null;
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let depth = 0;
    for (let i = start; i < end; ) {
      const c = text[i];
      if (c === ' ' || c === '\t') i++;
      else if (c === '>') {
        if (++depth > MAX_DEPTH) {
          out ??= text.split('');
          out[i] = '\u203a';
          firstLine ??= line;
        }
        i++;
      } else {
        // List markers between quote markers (`> - > - >`) keep the prefix going.
        const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t])/.exec(text.slice(i, i + 11));
        if (!marker) break;
        i += marker[0].length;
      }
    }
    start = end + 1;
  }
  return { text: out ? out.join('') : text, firstLine };
}
