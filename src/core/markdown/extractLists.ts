import type { Heading, List, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanName, findImages, findPorts, firstClause } from './facts';
import { plainText } from './inline';
import { sourceOf } from './sections';
import type { DocsComponent, SectionRef } from './types';

// `name: description`, `name — description`, `name - description` after a code span or strong text.
const SEPARATOR = /^\s*(?:[:—–]|-\s|\s-\s|=>?|→)\s*/;

/**
 * `` `db`: PostgreSQL … `` and `**api** — REST API` items. Whether a list like this names
 * services is for `linkDocs` to judge (how many of its names are known); `group` ties them.
 */
export function extractListComponents(list: List, file: string, section: SectionRef, group: string): DocsComponent[] {
  const out: DocsComponent[] = [];
  for (const item of list.children) {
    const para = item.children[0];
    if (!para || para.type !== 'paragraph') continue;
    const lead = leadName(para.children);
    if (!lead) continue;
    const text = plainText(para).replace(/\s+/g, ' ').trim();
    const description = lead.rest;
    out.push({
      names: [lead.name],
      kind: 'list-item',
      deployable: false,
      role: firstClause(description) || null,
      text,
      ownership: /\bowns\s+([^.;]+)/i.exec(description)?.[1]?.trim() ?? null,
      images: findImages(description),
      ports: findPorts(description, false),
      source: sourceOf(item, file),
      section,
      group,
    });
  }
  return out;
}

function leadName(children: PhrasingContent[]): { name: string; rest: string } | null {
  const [first, ...rest] = children;
  if (!first) return null;
  let name: string;
  if (first.type === 'inlineCode') name = first.value;
  else if (first.type === 'strong') name = toString(first);
  else return null;
  const tail = rest.map((n) => plainText(n)).join('');
  const sep = SEPARATOR.exec(tail);
  if (!sep) return null;
  const clean = cleanName(name);
  return clean ? { name: clean, rest: tail.slice(sep[0].length).trim() } : null;
}

// `## Database: db (PostgreSQL)`, `## \`db\` — PostgreSQL`, `### Worker`.
const LABELLED = /^(?<label>[^:—–]+?)\s*[:—–]\s*(?<name>[\w.-]+)\s*(?:\((?<detail>[^)]*)\))?$/;

/** A heading about one service. Explicit forms (code span, `Label: name`) stand as deployable on their own. */
export function extractHeadingComponent(heading: Heading, next: Paragraph | null, file: string, section: SectionRef): DocsComponent | null {
  const text = toString(heading).trim();
  if (!text || text.length > 80) return null;
  const code = heading.children.find((c) => c.type === 'inlineCode');
  const labelled = LABELLED.exec(text);
  let names: string[];
  let role: string | null = null;
  let deployable = false;
  // A file or path in a heading (`docker-compose.dev.yml`) is not a service.
  if (code && code.type === 'inlineCode' && !/\.[a-z]{2,4}$|\//i.test(code.value)) {
    names = [code.value];
    deployable = true;
    role = cleanName(text.replace(`${code.value}`, '').replace(/[()]/g, ' ')) || null;
  } else if (labelled?.groups) {
    names = [labelled.groups.name, text];
    deployable = true;
    role = [labelled.groups.label, labelled.groups.detail].filter(Boolean).join(', ');
  } else {
    names = [cleanName(text.replace(/^[\d.]+\s+/, ''))];
  }
  const body = next ? plainText(next).replace(/\s+/g, ' ').trim() : '';
  return {
    names: names.filter(Boolean),
    kind: 'heading',
    deployable,
    role: role ?? (body ? firstClause(body) : null),
    text: body,
    ownership: null,
    images: findImages(text),
    ports: findPorts(text, false),
    source: sourceOf(heading, file),
    section,
  };
}
