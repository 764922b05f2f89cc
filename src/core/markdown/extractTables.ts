import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanName, findImages, findPorts, firstClause, norm } from './facts';
import { namesIn, plainText } from './inline';
import { pushAll } from './pushAll';
import { sourceOf } from './sections';
import type { DocsComponent, DocsTable, SectionRef } from './types';

/** Header words that make a column the name of a service. */
const NAME_HEADERS = new Set(['service', 'services', 'name', 'servicename', 'container', 'containers', 'containername', 'component', 'components', 'app', 'application', 'node', 'host', 'hostname', 'module', 'unit']);

/** Headers that say outright that the rows are services, whatever else the table holds. */
const SERVICE_HEADERS = new Set(['service', 'services', 'servicename', 'container', 'containers', 'containername', 'component', 'components']);
/** Headings under which a table of names is about what runs. */
const DEPLOYMENT_HEADING = /service|container|component|architecture|topology|deploy|stack|infrastructure|runtime|ownership|who owns/i;

type Column = 'role' | 'image' | 'ports' | 'owner' | 'owns' | 'notes' | 'other';

function classifyColumn(header: string): Column {
  const h = header.toLowerCase();
  if (/\bowns\b|\bdata\b|\bstate\b|responsib/.test(h)) return 'owns';
  if (/\bowner|\bteam\b|maintain/.test(h)) return 'owner';
  if (/image|artifact/.test(h)) return 'image';
  if (/\bports?\b/.test(h)) return 'ports';
  if (/role|purpose|description|function|what it does|summary|\bdoes\b/.test(h)) return 'role';
  if (/note|comment|remark|technology|tech\b|stack|version/.test(h)) return 'notes';
  return 'other';
}

export function readTable(table: Table, file: string, section: SectionRef): DocsTable {
  const [head, ...body] = table.children;
  return {
    header: (head?.children ?? []).map((c) => plainText(c).trim()),
    rows: body.map((row) => ({ cells: row.children.map((c) => plainText(c).trim()), source: sourceOf(row, file) })),
    source: sourceOf(table, file),
    section,
  };
}

/** Rows of a table whose first naming column is a service/container/component column. */
export function extractTableComponents(table: Table, file: string, section: SectionRef): DocsComponent[] {
  const [head, ...body] = table.children;
  if (!head) return [];
  const headers = head.children.map((c) => toString(c).trim());
  const nameCol = headers.findIndex((h) => NAME_HEADERS.has(norm(h)));
  if (nameCol < 0) return [];
  const columns = headers.map((h, i): Column => (i === nameCol ? 'other' : classifyColumn(h)));
  // A "Name | Type | Description" table may list libraries or integrations: its rows stand as
  // deployable units only when the header, a runtime column or the section says they run.
  const deployable =
    SERVICE_HEADERS.has(norm(headers[nameCol])) ||
    columns.some((c) => c === 'image' || c === 'ports' || c === 'owner' || c === 'owns') ||
    section.path.some((heading) => DEPLOYMENT_HEADING.test(heading));
  const out: DocsComponent[] = [];
  for (const row of body) {
    const cell = row.children[nameCol];
    if (!cell) continue;
    const whole = cleanName(plainText(cell));
    if (!whole || /^[–—-]+$/.test(whole)) continue;
    const names = [...namesIn(cell.children).map(cleanName), whole].filter((n, i, all) => n && all.indexOf(n) === i);
    const component: DocsComponent = {
      names, kind: 'table-row', deployable, role: null, text: '', ownership: null,
      images: [], ports: [], source: sourceOf(row, file), section,
    };
    const parts: string[] = [];
    row.children.forEach((c, i) => {
      if (i === nameCol) return;
      const value = plainText(c).replace(/\s+/g, ' ').trim();
      if (!value || /^[–—-]+$/.test(value)) return;
      parts.push(`${headers[i]}: ${value}`);
      switch (columns[i]) {
        case 'role': component.role ??= firstClause(value); break;
        case 'owns': component.ownership ??= value; break;
        case 'image': pushAll(component.images, findImages(value, true)); break;
        case 'ports': pushAll(component.ports, findPorts(value, true)); break;
        default: break;
      }
    });
    component.role ??= firstNotes(row.children.map((c) => plainText(c).trim()), columns);
    component.text = parts.join(' · ');
    out.push(component);
  }
  return out;
}

function firstNotes(cells: string[], columns: Column[]): string | null {
  const i = columns.findIndex((c, idx) => c === 'notes' && cells[idx] && !/^[–—-]+$/.test(cells[idx]));
  return i < 0 ? null : firstClause(cells[i]);
}
