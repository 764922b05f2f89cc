import type { Diagnostic, Severity, SourceRef } from '../../core/types';
import './problems.css';

export interface ProblemsViewProps {
  diagnostics: Diagnostic[];
  onOpenSource(ref: SourceRef): void;
  onSelectService(name: string): void;
}

const GROUPS: { severity: Severity; title: string; one: string }[] = [
  { severity: 'error', title: 'Errors', one: 'error' },
  { severity: 'warning', title: 'Warnings', one: 'warning' },
  { severity: 'info', title: 'Notes', one: 'note' },
];

const ref = (r: SourceRef) => `${r.file}:${r.line}:${r.column}`;

/** Every diagnostic, grouped by severity with counts; each opens its source and selects its service. */
export function ProblemsView({ diagnostics, onOpenSource, onSelectService }: ProblemsViewProps) {
  if (!diagnostics.length) {
    return (
      <section className="problems" aria-label="Problems">
        <p className="problems-none">No problems found.</p>
      </section>
    );
  }
  return (
    <section className="problems" aria-label="Problems">
      <p className="problems-counts">
        {GROUPS.map(({ severity, title, one }) => {
          const count = diagnostics.filter((d) => d.severity === severity).length;
          // A count of none is not a problem: it is not drawn in the problem's colour.
          return (
            <span key={severity} className={`problems-count${count ? ` problems-${severity}` : ''}`}>
              {count} {count === 1 ? one : title.toLowerCase()}
            </span>
          );
        })}
      </p>
      {GROUPS.map(({ severity, title }) => {
        const group = diagnostics.filter((d) => d.severity === severity);
        if (!group.length) return null;
        return (
          <details key={severity} className={`problems-group problems-${severity}`} open>
            <summary>
              <h2>
                {title} <span className="problems-badge">{group.length}</span>
              </h2>
            </summary>
            <ul>
              {group.map((d, i) => (
                <li key={i} className="problems-item">
                  <p className="problems-message">
                    {d.message} <code className="problems-code">{d.code}</code>
                  </p>
                  <div className="problems-where">
                    {d.source && (
                      <button type="button" className="problems-source" onClick={() => onOpenSource(d.source!)} title={`Open ${d.source.file} at line ${d.source.line}`}>
                        {ref(d.source)}
                      </button>
                    )}
                    {(d.related ?? []).map((r, j) => (
                      <button key={j} type="button" className="problems-source problems-related" onClick={() => onOpenSource(r)} title={`Open ${r.file} at line ${r.line}`}>
                        {ref(r)}
                      </button>
                    ))}
                    {d.service && (
                      <button type="button" className="problems-chip" onClick={() => onSelectService(d.service!)} title={`Show ${d.service}`}>
                        {d.service}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
