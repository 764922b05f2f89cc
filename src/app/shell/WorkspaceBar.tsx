import { useShallow } from 'zustand/react/shallow';
import { chooseComposeFiles, classifyFile } from '../../core/model/classifyFile';
import { SAMPLES } from '../samples';
import { selectShown, useAppStore, type AppState } from '../store';
import { openStack } from '../workspaceActions';

const selectWorkspace = (s: AppState) => ({
  files: s.files,
  origin: s.origin,
  view: s.view,
  shown: selectShown(s),
  setView: s.setView,
  removeFile: s.removeFile,
});

/** The files in the workspace (compose files in merge order, reorderable) and the active profiles. */
export function WorkspaceBar() {
  const { files, origin, view, shown, setView, removeFile } = useAppStore(useShallow(selectWorkspace));
  const present = new Set(files.map((f) => f.path));
  const order = view.fileOrder.filter((p) => present.has(p));
  const composeOrder = order.length ? order : chooseComposeFiles(files, {});
  const others = files.filter((f) => !composeOrder.includes(f.path));
  const profiles = [...new Set(shown?.model.services.flatMap((s) => s.profiles) ?? [])].sort();

  const move = (path: string, by: number) => {
    const next = [...composeOrder];
    const at = next.indexOf(path);
    const to = at + by;
    if (at < 0 || to < 0 || to >= next.length) return;
    [next[at], next[to]] = [next[to], next[at]];
    setView({ fileOrder: next });
  };
  const toggleProfile = (p: string) =>
    setView({ profiles: view.profiles.includes(p) ? view.profiles.filter((x) => x !== p) : [...view.profiles, p] });

  return (
    <div className="workspace-bar" aria-label="Workspace">
      <span className="ws-label">{origin === 'sample' ? 'Sample stack' : 'Files'}</span>
      <ol className="ws-files" aria-label="Compose files in merge order">
        {composeOrder.map((path, i) => (
          <li key={path} className="ws-file kind-compose">
            <span className="ws-order">{i + 1}</span>
            <span>{path}</span>
            {composeOrder.length > 1 && (
              <span className="ws-move">
                <button type="button" aria-label={`Merge ${path} earlier`} disabled={i === 0} onClick={() => move(path, -1)}>
                  ‹
                </button>
                <button
                  type="button"
                  aria-label={`Merge ${path} later`}
                  disabled={i === composeOrder.length - 1}
                  onClick={() => move(path, 1)}
                >
                  ›
                </button>
              </span>
            )}
            <button type="button" className="ws-remove" aria-label={`Remove ${path}`} onClick={() => removeFile(path)}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <ul className="ws-files">
        {others.map((f) => (
          <li key={f.path} className={`ws-file kind-${classifyFile(f.path)}`}>
            <span>{f.path}</span>
            <button type="button" className="ws-remove" aria-label={`Remove ${f.path}`} onClick={() => removeFile(f.path)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {profiles.length > 0 && (
        <fieldset className="ws-profiles">
          <legend>Profiles</legend>
          {profiles.map((p) => (
            <label key={p} className="toggle">
              <input type="checkbox" checked={view.profiles.includes(p) || view.profiles.includes('*')} onChange={() => toggleProfile(p)} />
              {p}
            </label>
          ))}
        </fieldset>
      )}
      {origin !== 'sample' && (
        <button
          type="button"
          className="button small ws-sample"
          onClick={async () => openStack(await SAMPLES[0].load(), 'sample')}
        >
          Show the sample
        </button>
      )}
    </div>
  );
}
