import { useEffect, useMemo, useRef } from 'react';
import { trapTab, useReturnFocus } from '../a11y/focus';
import { useAppStore } from '../store';

const MAX_LINES_SHOWN = 20000;

/** The text of one workspace file, scrolled to the line a fact came from, that line highlighted. */
export function SourceViewer() {
  const viewer = useAppStore((s) => s.viewer);
  const files = useAppStore((s) => s.files);
  const close = useAppStore((s) => s.openSource);
  const target = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // The focus goes to the text (arrow keys scroll it), and back to the link that opened it on close.
  useReturnFocus(viewer !== null, root);
  useEffect(() => {
    if (viewer) (body.current ?? root.current)?.focus({ preventScroll: true });
  }, [viewer]);
  const file = viewer ? files.find((f) => f.path === viewer.file) : undefined;
  const lines = useMemo(() => (file ? file.text.split(/\r?\n/).slice(0, MAX_LINES_SHOWN) : []), [file]);

  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
  }, [viewer, file]);

  useEffect(() => {
    if (!viewer) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [viewer, close]);

  if (!viewer) return null;
  return (
    <section
      ref={root}
      className="source-viewer"
      role="dialog"
      aria-label={`Source of ${viewer.file}`}
      tabIndex={-1}
      // It covers the service panel: Tab stays in the file until Escape or × closes it.
      onKeyDown={(e) => trapTab(e, root.current)}
    >
      <header className="source-viewer-head">
        <strong>{viewer.file}</strong>
        <span className="muted">line {viewer.line}</span>
        <button type="button" className="icon-button" onClick={() => close(null)} aria-label="Close source">
          ×
        </button>
      </header>
      {file ? (
        <div ref={body} className="source-viewer-body" role="region" aria-label="File text" tabIndex={0}>
          {lines.map((text, i) => {
            const current = i + 1 === viewer.line;
            return (
              <div
                key={i}
                ref={current ? target : undefined}
                className={current ? 'source-line is-current' : 'source-line'}
                data-line={i + 1}
                aria-current={current ? 'location' : undefined}
              >
                <span className="source-line-no">{i + 1}</span>
                <code>{text || ' '}</code>
              </div>
            );
          })}
        </div>
      ) : (
        <p className="muted source-viewer-missing">{viewer.file} is not in the workspace (it was referenced, not provided).</p>
      )}
    </section>
  );
}
