import { Fragment, type ReactNode } from 'react';
import { findMentions } from '../../core/markdown/findMentions';

/** Text with every mention of a known service turned into a chip that selects it. */
export function Mentioned(props: { text: string; keys: Map<string, string>; onSelectService(name: string): void }): ReactNode {
  const spans = findMentions(props.text, props.keys);
  if (!spans.length) return props.text;
  const out: ReactNode[] = [];
  let at = 0;
  spans.forEach((m, i) => {
    if (m.start > at) out.push(<Fragment key={`t${i}`}>{props.text.slice(at, m.start)}</Fragment>);
    out.push(
      <button key={`m${i}`} type="button" className="docs-chip" title={`Show service ${m.service}`} onClick={() => props.onSelectService(m.service)}>
        {props.text.slice(m.start, m.end)}
      </button>,
    );
    at = m.end;
  });
  if (at < props.text.length) out.push(<Fragment key="tail">{props.text.slice(at)}</Fragment>);
  return out;
}
