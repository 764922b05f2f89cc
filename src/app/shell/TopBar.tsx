import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Tab } from '../../core/types';
import { readFileList } from '../readDroppedFiles';
import { selectShown, useAppStore, type AppState } from '../store';
import { receiveFiles } from '../workspaceActions';
import { useTheme, type ThemeChoice } from './useTheme';

const TABS: { id: Tab; label: string }[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'docs', label: 'Docs' },
  { id: 'problems', label: 'Problems' },
];

const selectBar = (s: AppState) => ({
  view: s.view,
  setView: s.setView,
  chooseDirection: s.chooseDirection,
  setFilters: s.setFilters,
  select: s.select,
  setShareOpen: s.setShareOpen,
  shown: selectShown(s),
  loading: s.loading,
  progress: s.progress,
});

export function TopBar() {
  const { view, setView, chooseDirection, setFilters, select, setShareOpen, shown, loading, progress } = useAppStore(useShallow(selectBar));
  const picker = useRef<HTMLInputElement>(null);
  const [notFound, setNotFound] = useState<string | null>(null);
  const [theme, setTheme] = useTheme();
  // The suggestions are built when the search box is first used, not with every new model: for a
  // thousand services that is a thousand <option> elements in the task that draws the graph.
  const [suggesting, setSuggesting] = useState(false);
  const names = suggesting ? (shown?.model.services.map((s) => s.name) ?? []) : [];
  const problemCount = shown?.model.diagnostics.filter((d) => d.severity !== 'info').length ?? 0;
  const errorCount = shown?.model.diagnostics.filter((d) => d.severity === 'error').length ?? 0;

  // The arrow keys move the focus between tabs and Enter or Space opens one (manual activation):
  // opening each view passed on the way would mount it, and a big graph is laid out again on return.
  const onTabKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const at = TABS.findIndex((t) => document.activeElement?.id === `tab-${t.id}`);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (at < 0 || to === undefined) return;
    e.preventDefault();
    document.getElementById(`tab-${TABS[(to + TABS.length) % TABS.length].id}`)?.focus();
  };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    const q = view.filters.search.trim().toLowerCase();
    if (!q) return;
    const all = shown?.model.services.map((s) => s.name) ?? [];
    const hit = all.find((n) => n.toLowerCase() === q) ?? all.find((n) => n.toLowerCase().includes(q));
    setNotFound(hit ? null : `No service matches “${view.filters.search}”`);
    if (hit) {
      setView({ tab: 'graph' });
      select(hit);
    }
  };

  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">◇</span>
        <span className="brand-name">Stackmap</span>
        {shown?.model.name && (
          <span className="project-name" title={shown.model.name}>
            {shown.model.name}
          </span>
        )}
      </div>
      {/* The tabs pattern: one Tab stop, the arrow keys (and Home, End) move between views, Enter opens one. */}
      <nav className="tabs" role="tablist" aria-label="Views" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            type="button"
            id={`tab-${t.id}`}
            aria-selected={view.tab === t.id}
            aria-controls="view-panel"
            tabIndex={view.tab === t.id ? 0 : -1}
            className={view.tab === t.id ? 'tab is-active' : 'tab'}
            onClick={() => setView({ tab: t.id })}
          >
            {t.label}
            {t.id === 'problems' && problemCount > 0 && (
              // Red with an error among them, amber with warnings only: the graph's colours.
              <span className={errorCount > 0 ? 'tab-count has-errors' : 'tab-count'}>
                {problemCount}
                <span className="visually-hidden">{errorCount > 0 ? `, ${errorCount} ${errorCount === 1 ? 'error' : 'errors'}` : ''}</span>
              </span>
            )}
          </button>
        ))}
      </nav>
      <form className="search" role="search" onSubmit={onSearch}>
        <input
          type="search"
          list="service-names"
          placeholder="Find a service  /"
          aria-label="Find a service"
          value={view.filters.search}
          onChange={(e) => setFilters({ search: e.target.value })}
          onFocus={() => setSuggesting(true)}
          // The browser's Escape clears the text; on an empty box it closes the service panel, as
          // Escape does anywhere else.
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !e.currentTarget.value && view.selected) select(null);
          }}
        />
        <datalist id="service-names">
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        {notFound && <span className="search-miss" role="status">{notFound}</span>}
      </form>
      <div className="actions">
        {(loading || progress) && <span className="progress" role="status">{progress ?? 'Reading files…'}</span>}
        <button
          type="button"
          className="button"
          aria-label={`Layout direction: ${view.direction === 'LR' ? 'left to right' : 'top to bottom'}`}
          title="Switch between left-to-right and top-to-bottom layout"
          onClick={() => chooseDirection(view.direction === 'LR' ? 'TB' : 'LR')}
        >
          {view.direction === 'LR' ? '→ Left to right' : '↓ Top to bottom'}
        </button>
        <label className="toggle">
          <input
            type="checkbox"
            checked={view.filters.showInactive}
            onChange={(e) => setFilters({ showInactive: e.target.checked })}
          />
          inactive profiles
        </label>
        <button type="button" className="button" onClick={() => picker.current?.click()}>
          Open files
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          data-testid="file-input"
          accept=".yaml,.yml,.json,.md,.markdown,.env,text/*"
          onChange={async (e) => {
            const { files, errors } = await readFileList(e.target.files);
            receiveFiles(files, errors);
            e.target.value = '';
          }}
        />
        <select
          className="button theme-select"
          aria-label="Colour theme"
          value={theme}
          onChange={(e) => setTheme(e.target.value as ThemeChoice)}
        >
          <option value="system">System theme</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
        <button type="button" className="button primary" onClick={() => setShareOpen(true)}>
          Copy link
        </button>
      </div>
    </header>
  );
}
