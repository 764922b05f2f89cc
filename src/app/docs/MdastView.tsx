import DOMPurify from 'dompurify';
import type { Nodes, RootContent } from 'mdast';
import type { ReactNode } from 'react';
import { Mentioned } from './Mentioned';
import { MermaidDiagram } from './MermaidDiagram';
import { safeHref } from './safeHref';

export interface RenderContext {
  anchors: Map<number, string>;
  keys: Map<string, string>;
  focusLine: number | null;
  onSelectService(name: string): void;
}

/** Renders a page's mdast as React elements: no HTML string is ever injected except through DOMPurify. */
export function MdastView(props: { nodes: RootContent[]; ctx: RenderContext }): ReactNode {
  return props.nodes.map((node, i) => <Block key={i} node={node} ctx={props.ctx} />);
}

function Block({ node, ctx }: { node: Nodes; ctx: RenderContext }): ReactNode {
  const line = node.position?.start.line ?? 0;
  const endLine = node.position?.end.line ?? line;
  const focused = ctx.focusLine !== null && ctx.focusLine >= line && ctx.focusLine <= endLine;
  const common = { 'data-line': line || undefined, className: focused ? 'docs-focus' : undefined };
  const kids = () => ('children' in node ? (node.children as Nodes[]).map((c, i) => <Block key={i} node={c} ctx={ctx} />) : null);
  switch (node.type) {
    case 'root': return kids();
    case 'heading': {
      const H = `h${Math.min(6, node.depth)}` as 'h1';
      return <H id={ctx.anchors.get(line)} {...common}>{kids()}</H>;
    }
    case 'paragraph': return <p {...common}>{kids()}</p>;
    case 'text': return <Mentioned text={node.value} keys={ctx.keys} onSelectService={ctx.onSelectService} />;
    case 'inlineCode': return <code><Mentioned text={node.value} keys={ctx.keys} onSelectService={ctx.onSelectService} /></code>;
    case 'emphasis': return <em>{kids()}</em>;
    case 'strong': return <strong>{kids()}</strong>;
    case 'delete': return <del>{kids()}</del>;
    case 'break': return <br />;
    case 'thematicBreak': return <hr />;
    case 'blockquote': return <blockquote {...common}>{kids()}</blockquote>;
    case 'list': {
      const L = node.ordered ? 'ol' : 'ul';
      return <L {...common} start={node.ordered && node.start != null ? node.start : undefined}>{kids()}</L>;
    }
    case 'listItem': return <li {...common}>{node.checked != null ? <input type="checkbox" checked={node.checked} readOnly /> : null}{kids()}</li>;
    case 'link': {
      const href = safeHref(node.url);
      return href ? <a href={href} target="_blank" rel="noopener noreferrer">{kids()}</a> : <span className="docs-link-dropped">{kids()}</span>;
    }
    case 'image': {
      const href = safeHref(node.url);
      const text = node.alt || node.url;
      return href ? <a href={href} target="_blank" rel="noopener noreferrer" className="docs-image-link">🖼 {text}</a> : <span>{text}</span>;
    }
    case 'table':
      return (
        <div data-line={common['data-line']} className={`docs-table-wrap${focused ? ' docs-focus' : ''}`}>
          <table className="docs-table">
            <thead><Block node={node.children[0]} ctx={ctx} /></thead>
            <tbody>{node.children.slice(1).map((row, i) => <Block key={i} node={row} ctx={ctx} />)}</tbody>
          </table>
        </div>
      );
    case 'tableRow': return <tr {...common}>{kids()}</tr>;
    case 'tableCell': return <td>{kids()}</td>;
    case 'code':
      if (node.lang?.toLowerCase() === 'mermaid') {
        return <div data-line={common['data-line']} className={`docs-mermaid${focused ? ' docs-focus' : ''}`}><MermaidDiagram code={node.value} keys={ctx.keys} onSelectService={ctx.onSelectService} /></div>;
      }
      return <pre data-line={common['data-line']} className={`docs-code${focused ? ' docs-focus' : ''}`}><code>{node.value}</code></pre>;
    case 'html': return <SafeHtml html={node.value} />;
    case 'footnoteReference': return <sup>[{node.label ?? node.identifier}]</sup>;
    case 'footnoteDefinition': return <div data-line={common['data-line']} className="docs-footnote">[{node.label ?? node.identifier}] {kids()}</div>;
    default: return 'children' in node ? kids() : null;
  }
}

/** Raw HTML from a page, sanitized; outside a browser (server render, tests) shown as text. */
function SafeHtml({ html }: { html: string }): ReactNode {
  if (typeof window === 'undefined' || !DOMPurify.isSupported) return <span className="docs-html-text">{html}</span>;
  const clean = DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input'], FORBID_ATTR: ['style'] });
  return <span className="docs-html" dangerouslySetInnerHTML={{ __html: clean }} />;
}
