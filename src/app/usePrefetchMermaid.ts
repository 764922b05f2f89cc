import { useEffect } from 'react';
import { selectShown, useAppStore } from './store';

/**
 * Mermaid is large and loads lazily; once a page with a diagram is in the workspace and the
 * browser is idle, fetch it ahead of time so the Docs tab draws at once.
 */
export function usePrefetchMermaid(): void {
  const hasDiagrams = useAppStore((s) => selectShown(s)?.docs.pages.some((p) => p.mermaid.length > 0) ?? false);
  useEffect(() => {
    if (!hasDiagrams) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void import('mermaid'), { timeout: 5000 });
    return () => cancel(handle);
  }, [hasDiagrams]);
}
