import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../store';
import type { VolumeFlowNode } from '../../graph/buildGraph';

const selectHorizontal = (s: { view: { direction: string } }) => s.view.direction === 'LR';

/** A named volume: shared storage the linked services mount. */
function VolumeNodeView({ data }: NodeProps<VolumeFlowNode>) {
  const horizontal = useAppStore(selectHorizontal);
  return (
    <div
      className="volume-node"
      data-testid={`volume-${data.name}`}
      title={`Volume ${data.name}${data.external ? ' (external)' : ''}, mounted by ${data.users.join(', ')}`}
    >
      <Handle type="target" position={horizontal ? Position.Left : Position.Top} isConnectable={false} />
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <ellipse cx="8" cy="3.5" rx="6" ry="2.2" fill="none" stroke="currentColor" />
        <path d="M2 3.5v9c0 1.2 2.7 2.2 6 2.2s6-1 6-2.2v-9" fill="none" stroke="currentColor" />
      </svg>
      <span className="volume-node-name">{data.name}</span>
      <Handle type="source" position={horizontal ? Position.Right : Position.Bottom} isConnectable={false} />
    </div>
  );
}

export const VolumeNode = memo(VolumeNodeView);
