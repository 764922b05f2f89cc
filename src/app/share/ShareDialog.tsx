import { useEffect, useId, useRef } from 'react';
import { MAX_PERMALINK_LENGTH } from '../../core/share/codec';
import type { MaskedSecret } from '../../core/share/types';
import { trapTab, useReturnFocus } from '../a11y/focus';
import './share.css';

export interface ShareDialogProps {
  /** The permalink, or null when it is too long to hand out. */
  link: string | null;
  tooLong: boolean;
  masked: MaskedSecret[];
  includeSecrets: boolean;
  onIncludeSecretsChange(v: boolean): void;
  onCopy(): void;
  onDownloadWorkspace(): void;
  onClose(): void;
}

/** The share dialog: the link to copy, what stayed home, and the ways out when a link is too long. */
export function ShareDialog(props: ShareDialogProps) {
  const { link, tooLong, masked, includeSecrets, onIncludeSecretsChange, onCopy, onDownloadWorkspace, onClose } = props;
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  // Modal: Tab stays in the dialog, and closing it gives the focus back to what opened it.
  useReturnFocus(true, dialogRef);

  // Focus lands on the link, selected, so Ctrl+C works at once: once, when the dialog opens, not
  // again when a parent re-renders (toggling "include secrets" would take the focus from the box).
  useEffect(() => {
    if (inputRef.current) inputRef.current.select();
    else dialogRef.current?.focus();
  }, []);
  // Escape closes from anywhere.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="share-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        className="share-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(e) => trapTab(e, dialogRef.current)}
      >
        <h2 id={titleId} className="share-title">Share this view</h2>
        {link && !tooLong ? (
          <div className="share-link-row">
            <label className="share-label" htmlFor={`${titleId}-link`}>
              Link ({link.length.toLocaleString('en')} characters). It carries the files and the view in the part after #, which never reaches a server.
            </label>
            <div className="share-copy">
              <input ref={inputRef} id={`${titleId}-link`} className="share-input" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="share-button share-primary" onClick={onCopy}>
                Copy link
              </button>
            </div>
          </div>
        ) : (
          <TooLong onDownloadWorkspace={onDownloadWorkspace} />
        )}
        <Secrets masked={masked} includeSecrets={includeSecrets} onChange={onIncludeSecretsChange} />
        <div className="share-actions">
          {!tooLong && (
            <button type="button" className="share-button" onClick={onDownloadWorkspace}>
              Download workspace file
            </button>
          )}
          <button type="button" className="share-button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

function TooLong({ onDownloadWorkspace }: { onDownloadWorkspace(): void }) {
  return (
    <div className="share-too-long" role="alert">
      <p>
        These files make a link longer than {MAX_PERMALINK_LENGTH.toLocaleString('en')} characters. Chat apps, mail and many servers cut
        links that long, so Stackmap does not offer one. Two ways to share instead:
      </p>
      <ol className="share-ways">
        <li>
          <button type="button" className="share-button share-primary" onClick={onDownloadWorkspace}>
            Download workspace file
          </button>{' '}
          and send it. It opens by dropping it on Stackmap.
        </li>
        <li>
          Put the files somewhere public (a repository, a gist) and share a link that names them:{' '}
          <code className="share-code">?src=RAW_URL&amp;src=RAW_URL</code>, one <code className="share-code">src</code> per file, using each
          file's raw address.
        </li>
      </ol>
    </div>
  );
}

function Secrets(props: { masked: MaskedSecret[]; includeSecrets: boolean; onChange(v: boolean): void }) {
  const { masked, includeSecrets, onChange } = props;
  if (masked.length === 0 && !includeSecrets) return <p className="share-note">No passwords, tokens or keys were found in these files.</p>;
  return (
    <div className="share-secrets">
      {includeSecrets ? (
        <p className="share-warning">Secrets are included: anyone with the link can read them.</p>
      ) : (
        <>
          <p className="share-note">
            {masked.length} secret value{masked.length === 1 ? ' was' : 's were'} replaced by «masked» and stay{masked.length === 1 ? 's' : ''} on this computer:
          </p>
          <ul className="share-masked">
            {masked.map((m) => (
              <li key={`${m.file}:${m.line}:${m.column}`}>
                <code className="share-code">{m.variable}</code> in {m.file}, line {m.line}
              </li>
            ))}
          </ul>
        </>
      )}
      <label className="share-check">
        <input type="checkbox" checked={includeSecrets} onChange={(e) => onChange(e.currentTarget.checked)} />
        Include secrets in the link (only for people who may see them)
      </label>
    </div>
  );
}
