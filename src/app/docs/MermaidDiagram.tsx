import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { findMentions } from '../../core/markdown/findMentions';
import { useResolvedTheme } from '../shell/useTheme';

type State = { status: 'loading' } | { status: 'drawn'; svg: string } | { status: 'failed'; error: string };

// Mermaid's dark theme sets edge labels at 4.4:1 (#ccc on #585858), under WCAG AA's 4.5:1.
const DARK_VARIABLES = { edgeLabelBackground: '#2d333b' };

/** A diagram drawn by mermaid itself, loaded on first use. Node labels naming services become chips. */
export function MermaidDiagram(props: { code: string; keys: Map<string, string>; onSelectService(name: string): void }): ReactNode {
  const id = `docs-mermaid-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [state, setState] = useState<State>({ status: 'loading' });
  const host = useRef<HTMLDivElement>(null);
  // Mermaid draws its own colours: a light diagram was a white slab on the dark theme.
  const theme = useResolvedTheme();
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const { default: mermaid } = await import('mermaid');
        // Settings are global to mermaid: set them for each drawing, which takes the theme of its moment.
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          ...(theme === 'dark' ? { theme: 'dark', themeVariables: DARK_VARIABLES } : { theme: 'default' }),
        });
        const { svg } = await mermaid.render(id, props.code);
        if (live) setState({ status: 'drawn', svg });
      } catch (error) {
        if (live) setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => { live = false; };
  }, [id, props.code, theme]);

  const { keys, onSelectService } = props;
  useEffect(() => {
    const root = host.current;
    if (state.status !== 'drawn' || !root) return;
    // Mermaid's SVG is sanitized by mermaid (strict); we only add chip behaviour to labelled nodes.
    const cleanups: (() => void)[] = [];
    root.querySelectorAll<SVGGElement>('g.node').forEach((node) => {
      const text = node.textContent ?? '';
      const service = findMentions(text, keys)[0]?.service;
      if (!service) return;
      node.classList.add('docs-mermaid-chip');
      node.setAttribute('role', 'button');
      node.setAttribute('tabindex', '0');
      node.setAttribute('aria-label', `Show service ${service}`);
      const select = () => onSelectService(service);
      const key = (e: KeyboardEvent) => { if (e.key === 'Enter' || e.key === ' ') select(); };
      node.addEventListener('click', select);
      node.addEventListener('keydown', key);
      cleanups.push(() => { node.removeEventListener('click', select); node.removeEventListener('keydown', key); });
    });
    return () => cleanups.forEach((c) => c());
  }, [state, keys, onSelectService]);

  if (state.status === 'failed') {
    return (
      <div className="docs-mermaid-error" role="alert">
        <p>This diagram could not be drawn: {state.error}</p>
        <pre className="docs-code"><code>{props.code}</code></pre>
      </div>
    );
  }
  if (state.status === 'loading') return <pre className="docs-code docs-mermaid-pending"><code>{props.code}</code></pre>;
  return <div ref={host} className="docs-mermaid-svg" dangerouslySetInnerHTML={{ __html: state.svg }} />;
}
