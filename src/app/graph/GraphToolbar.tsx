import { useState } from 'react';
import type { GroupBy } from '../../core/types';
import { NetworkFilter, type NetworkFilterProps } from './NetworkFilter';

const GROUPINGS: { value: GroupBy; label: string }[] = [
  { value: 'none', label: 'No groups' },
  { value: 'network', label: 'Network' },
  { value: 'profile', label: 'Profile' },
  { value: 'docs', label: 'Docs diagrams' },
];

export interface GraphToolbarProps {
  groupBy: GroupBy;
  onGroupBy: (value: GroupBy) => void;
  showVolumes: boolean;
  onShowVolumes: (show: boolean) => void;
  volumeCount: number;
  networks: NetworkFilterProps;
  onExport: (format: 'png' | 'svg') => Promise<void>;
}

/** The graph's own controls: grouping, networks shown, volumes, export. */
export function GraphToolbar(props: GraphToolbarProps) {
  const [busy, setBusy] = useState<'png' | 'svg' | null>(null);
  const run = (format: 'png' | 'svg') => {
    setBusy(format);
    props.onExport(format).finally(() => setBusy(null));
  };
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph tools">
      <label className="graph-toolbar-field">
        <span>Group by</span>
        <select value={props.groupBy} onChange={(e) => props.onGroupBy(e.target.value as GroupBy)}>
          {GROUPINGS.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </label>
      <NetworkFilter {...props.networks} />
      <label className="graph-toolbar-field" title={props.volumeCount ? 'Show named volumes and the services that mount them' : 'This stack has no named volumes'}>
        <input
          type="checkbox"
          checked={props.showVolumes}
          disabled={props.volumeCount === 0}
          onChange={(e) => props.onShowVolumes(e.target.checked)}
        />
        <span>Volumes</span>
      </label>
      <span className="graph-toolbar-sep" aria-hidden="true" />
      <button type="button" onClick={() => run('png')} disabled={busy !== null} title="Download the whole graph as a PNG picture">
        {busy === 'png' ? 'Exporting…' : 'PNG'}
      </button>
      <button type="button" onClick={() => run('svg')} disabled={busy !== null} title="Download the whole graph as an SVG picture">
        {busy === 'svg' ? 'Exporting…' : 'SVG'}
      </button>
    </div>
  );
}
