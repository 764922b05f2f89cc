import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DocsPage } from '../../core/markdown/types';
import { MdastView, type RenderContext } from './MdastView';
import { serviceKeys } from '../../core/markdown/findMentions';
import './docs.css';

export interface DocsViewProps {
  pages: DocsPage[];
  knownServices: string[];
  focus: { file: string; line: number } | null;
  onSelectService(name: string): void;
  onAnchorChange?(anchorOrNull: string | null): void;
}

/** The architecture pages, rendered from their parsed tree, with services as chips. */
export function DocsView(props: DocsViewProps): ReactNode {
  const { pages, knownServices, focus, onSelectService, onAnchorChange } = props;
  const [current, setCurrent] = useState(0);
  const index = focus ? Math.max(0, pages.findIndex((p) => p.path === focus.file)) : Math.min(current, Math.max(0, pages.length - 1));
  const page = pages[index];
  const body = useRef<HTMLElement>(null);
  const keys = useMemo(() => serviceKeys(knownServices), [knownServices]);
  const ctx: RenderContext | null = useMemo(
    () => page ? {
      anchors: new Map(page.sections.map((s) => [s.source.line, s.anchor])),
      keys,
      focusLine: focus && focus.file === page.path ? focus.line : null,
      onSelectService,
    } : null,
    [page, keys, focus, onSelectService],
  );

  useEffect(() => {
    if (!focus || !body.current) return;
    const blocks = [...body.current.querySelectorAll<HTMLElement>('[data-line]')];
    const target = blocks.filter((b) => Number(b.dataset.line) <= focus.line).pop();
    target?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [focus, page]);

  if (!page || !ctx) return <div className="docs-empty">No Markdown pages in this workspace. Add an architecture page (a .md file) to see it here.</div>;
  const pick = (i: number) => {
    setCurrent(i);
    onAnchorChange?.(null);
  };
  return (
    <div className="docs-view">
      {pages.length > 1 && (
        <nav className="docs-pages" aria-label="Pages">
          <ul>
            {pages.map((p, i) => (
              <li key={p.path}>
                <button type="button" className={i === index ? 'docs-page docs-page-current' : 'docs-page'} aria-current={i === index ? 'page' : undefined} onClick={() => pick(i)} title={p.path}>
                  {p.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <article ref={body} className="docs-page-body" aria-label={page.title}>
        {page.sections.length > 2 && (
          <nav className="docs-toc" aria-label="Sections">
            {page.sections.filter((s) => s.depth <= 3).map((s) => (
              <a key={s.anchor} href={`#${s.anchor}`} className={`docs-toc-${s.depth}`} onClick={(e) => { e.preventDefault(); document.getElementById(s.anchor)?.scrollIntoView?.(); onAnchorChange?.(`${page.path}#${s.anchor}`); }}>
                {s.title}
              </a>
            ))}
          </nav>
        )}
        <MdastView nodes={page.root.children} ctx={ctx} />
      </article>
    </div>
  );
}
