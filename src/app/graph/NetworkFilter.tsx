import { useEffect, useId, useRef, useState } from 'react';

export interface NetworkFilterProps {
  /** The networks services are on, with how many services each (networksInUse). */
  networks: { name: string; services: number }[];
  hidden: string[];
  onHidden: (hidden: string[]) => void;
}

/**
 * "Networks": a menu of checkboxes, one per network, that leaves a network's services out of
 * the graph. A service on several networks stays while one of them is shown. Escape, a click
 * elsewhere or the focus leaving closes it; Escape gives the focus back to the button.
 */
export function NetworkFilter({ networks, hidden, onHidden }: NetworkFilterProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const hiddenSet = new Set(hidden);
  // A network hidden in a link may be one this stack does not have: only the stack's count.
  const hiddenHere = networks.filter((n) => hiddenSet.has(n.name)).length;

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const toggle = (name: string, shown: boolean) =>
    onHidden(shown ? hidden.filter((n) => n !== name) : [...hidden, name]);

  return (
    <div
      className="network-filter"
      ref={root}
      // Tab or Shift+Tab out of the menu closes it. (A blur towards nothing is a click, which the
      // pointer handler judges: Safari does not focus a checkbox that is clicked.)
      onBlur={(e) => {
        if (open && e.relatedTarget && !root.current?.contains(e.relatedTarget as Node)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // This Escape closes the menu only, not the panel the app would close with it.
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={networks.length < 2}
        title={networks.length < 2 ? 'Every service here is on one network' : 'Leave the services of a network out of the graph'}
        onClick={() => setOpen((o) => !o)}
      >
        Networks{hiddenHere > 0 ? ` (${hiddenHere} hidden)` : ''} ▾
      </button>
      {open && (
        <fieldset id={menuId} className="network-filter-menu">
          <legend>Networks shown</legend>
          {networks.map((n) => (
            <label key={n.name}>
              <input type="checkbox" checked={!hiddenSet.has(n.name)} onChange={(e) => toggle(n.name, e.target.checked)} />
              <span className="network-filter-name">{n.name}</span>
              <span className="network-filter-count" title={`${n.services} services are on ${n.name}`}>
                {n.services}
              </span>
            </label>
          ))}
          <p className="network-filter-hint">
            A service on several networks counts in each, stays while one of them is shown, and is drawn in the group of its first shown.
          </p>
          <button type="button" disabled={hidden.length === 0} onClick={() => onHidden([])}>
            Show all
          </button>
        </fieldset>
      )}
    </div>
  );
}
