import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../store';
import type { GroupFlowNode } from '../../graph/buildGraph';

const selectHorizontal = (s: { view: { direction: string } }) => s.view.direction === 'LR';

/** A box around the services of one network, profile or docs subgraph; its header collapses it. */
function GroupNodeView({ id, data }: NodeProps<GroupFlowNode>) {
  const horizontal = useAppStore(selectHorizontal);
  const { group, count, collapsed, onToggle } = data;
  return (
    <div className={collapsed ? 'group-node is-collapsed' : 'group-node'} data-testid={`group-${group.label}`}>
      <Handle type="target" position={horizontal ? Position.Left : Position.Top} isConnectable={false} />
      <button
        type="button"
        className="group-node-head nodrag"
        aria-expanded={!collapsed}
        title={collapsed ? `Show the ${count} services in ${group.label}` : `Collapse ${group.label} into one box`}
        onClick={(e) => {
          e.stopPropagation();
          onToggle(id);
        }}
      >
        <span className="group-node-caret" aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        <span className="group-node-label">{group.label}</span>
        <span className="group-node-count">{count}</span>
      </button>
      <Handle type="source" position={horizontal ? Position.Right : Position.Bottom} isConnectable={false} />
    </div>
  );
}

export const GroupNode = memo(GroupNodeView);
