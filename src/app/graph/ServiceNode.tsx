import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../store';
import { iconForImage } from './imageIcons';
import { middleEllipsis } from './middleEllipsis';
import type { Port } from '../../core/types';
import type { ServiceFlowNode } from '../../graph/toFlowElements';

const selectHorizontal = (s: { view: { direction: string } }) => s.view.direction === 'LR';

/** One service as a graph node: name first, then image, ports and badges. */
function ServiceNodeView({ data }: NodeProps<ServiceFlowNode>) {
  const horizontal = useAppStore(selectHorizontal);
  const { service, problems, matched } = data;
  const docsOnly = !service.origin.includes('compose');
  const classes = [
    'service-node',
    service.oneShot ? 'is-one-shot' : '',
    docsOnly ? 'is-docs-only' : '',
    service.active ? '' : 'is-inactive',
    matched ? 'is-match' : '',
    problems.errors ? 'has-errors' : problems.warnings ? 'has-warnings' : '',
  ].join(' ');
  const [repo, tag] = splitImage(service.image);
  if (data.compact) {
    const count = problems.errors + problems.warnings;
    return (
      <div className={`${classes} is-compact`} data-testid={`node-${service.name}`} title={service.image ?? service.name}>
        <Handle type="target" position={horizontal ? Position.Left : Position.Top} isConnectable={false} />
        <ServiceName name={service.name} short={data.shortName} max={22} />
        {count > 0 && <span className={`badge ${problems.errors ? 'badge-error' : 'badge-warning'}`}>{count}</span>}
        <Handle type="source" position={horizontal ? Position.Right : Position.Bottom} isConnectable={false} />
      </div>
    );
  }
  return (
    <div className={classes} data-testid={`node-${service.name}`} title={data.groupNote}>
      <Handle type="target" position={horizontal ? Position.Left : Position.Top} />
      <div className="service-node-head">
        <ImageIcon image={service.image} />
        <ServiceName name={service.name} short={data.shortName} max={26} />
        <span className="service-node-badges">
          {service.healthcheck && !service.healthcheck.disable && (
            <span className="badge badge-health" title="Has a healthcheck">♥</span>
          )}
          {service.oneShot && <span className="badge badge-oneshot" title="Runs once and exits">1×</span>}
          {docsOnly && <span className="badge badge-docs" title="Known from the docs only">docs</span>}
          {!service.active && <span className="badge badge-inactive" title={`Profile ${service.profiles.join(', ')} is not active`}>{service.profiles[0] ?? 'off'}</span>}
          {problems.errors + problems.warnings > 0 && (
            <span
              className={`badge ${problems.errors ? 'badge-error' : 'badge-warning'}`}
              title={`${problems.errors} errors, ${problems.warnings} warnings`}
            >
              {problems.errors + problems.warnings}
            </span>
          )}
        </span>
      </div>
      <div className="service-node-image" title={service.image ?? ''}>
        {repo ?? (docsOnly ? service.role ?? 'described in the docs' : 'no image (build)')}
        {tag && <span className="service-node-tag">:{tag}</span>}
      </div>
      {service.ports.length > 0 && (
        <div className="service-node-ports">
          {service.ports.slice(0, 4).map((p, i) => (
            <span key={i} className="port-chip">
              {portLabel(p)}
            </span>
          ))}
          {service.ports.length > 4 && <span className="port-chip">+{service.ports.length - 4}</span>}
        </div>
      )}
      <Handle type="source" position={horizontal ? Position.Right : Position.Bottom} />
    </div>
  );
}

/**
 * The name, cut in the middle when long: `snuba-subscription-consumer-events` and `…-eap-items`
 * stay apart. Zoomed out the name is drawn bigger, so a shorter cut (`short`, made knowing the
 * other names: see shortNames) is there for CSS to show.
 */
function ServiceName({ name, short: cut, max }: { name: string; short?: string; max: number }) {
  const shown = middleEllipsis(name, max);
  const short = cut ?? name;
  return (
    <span className="service-node-name" title={shown === name ? undefined : name}>
      {short === shown ? (
        shown
      ) : (
        <>
          <span className="name-full">{shown}</span>
          <span className="name-short">{short}</span>
        </>
      )}
    </span>
  );
}


function ImageIcon({ image }: { image: string | null }) {
  const icon = iconForImage(image);
  if (!icon) return null;
  return (
    <svg className="service-node-icon" viewBox="0 0 24 24" role="img" aria-label={icon.title} style={{ color: `#${icon.hex}` }}>
      <path d={icon.path} fill="currentColor" />
    </svg>
  );
}

/** `8080→80`, with what changes its meaning: a host address other than all (`127.0.0.1:8000→8000`), a protocol other than tcp. */
export function portLabel(p: Port): string {
  const host = p.host_ip && p.host_ip !== '0.0.0.0' && p.host_ip !== '::' ? `${p.host_ip.includes(':') ? `[${p.host_ip}]` : p.host_ip}:` : '';
  const mapping = p.published ? `${host}${p.published}→${p.target}` : String(p.target);
  return p.protocol && p.protocol !== 'tcp' ? `${mapping}/${p.protocol}` : mapping;
}

function splitImage(image: string | null): [string | null, string | null] {
  if (!image) return [null, null];
  const at = image.lastIndexOf(':');
  if (at > image.lastIndexOf('/')) return [image.slice(0, at), image.slice(at + 1)];
  return [image, null];
}

export const ServiceNode = memo(ServiceNodeView);
