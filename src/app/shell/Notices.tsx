import { useEffect } from 'react';
import { selectShowingStale, useAppStore } from '../store';

/** Toasts for errors that do not block, a banner for a damaged link, and a note when the graph is stale. */
export function Notices() {
  const toasts = useAppStore((s) => s.toasts);
  const dismiss = useAppStore((s) => s.dismissToast);
  const banner = useAppStore((s) => s.banner);
  const setBanner = useAppStore((s) => s.setBanner);
  const stale = useAppStore(selectShowingStale);
  const setView = useAppStore((s) => s.setView);

  useEffect(() => {
    const timers = toasts.filter((t) => t.kind === 'info').map((t) => setTimeout(() => dismiss(t.id), 4000));
    return () => timers.forEach(clearTimeout);
  }, [toasts, dismiss]);

  return (
    <>
      {banner && (
        <div className="banner" role="alert">
          <span>{banner}</span>
          <button type="button" className="icon-button" onClick={() => setBanner(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {stale && (
        <div className="banner banner-warning" role="status">
          <span>The files just loaded have no services Stackmap could read; the graph still shows the last stack that loaded.</span>
          <button type="button" className="button small" onClick={() => setView({ tab: 'problems' })}>
            See the problems
          </button>
        </div>
      )}
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : 'status'}>
            <span>{t.message}</span>
            <button type="button" className="icon-button" onClick={() => dismiss(t.id)} aria-label="Dismiss">
              ×
            </button>
          </div>
        ))}
      </div>
    </>
  );
}
