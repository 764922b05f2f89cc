import { useEffect, useState } from 'react';
import type { ShareLink } from '../core/share/makeShareLink';
import { encodeWorkspaceFile } from '../core/share/workspaceFile';
import { ShareDialog } from './share/ShareDialog';
import { useAppStore } from './store';
import { currentShareState, markSharedEntry } from './usePermalink';

/** Opens the share dialog: builds the link, puts it in the address bar and on the clipboard. */
export function ShareController() {
  const open = useAppStore((s) => s.shareOpen);
  const includeSecrets = useAppStore((s) => s.includeSecrets);
  const files = useAppStore((s) => s.files);
  const view = useAppStore((s) => s.view);
  const { setShareOpen, setIncludeSecrets, toast } = useAppStore.getState();
  const [share, setShare] = useState<ShareLink | null>(null);
  useEffect(() => {
    if (!open) return setShare(null);
    let current = true;
    currentShareState(includeSecrets)
      .then((link) => current && setShare(link))
      .catch((error: Error) => toast('error', `Could not build the link: ${error.message}`));
    return () => {
      current = false;
    };
  }, [open, includeSecrets, files, view, toast]);
  if (!open || !share) return null;

  const onCopy = async () => {
    // Each shared view becomes a history entry, so back and forward move between them.
    markSharedEntry(share.fragment);
    try {
      await navigator.clipboard.writeText(share.link);
      toast('info', 'Link copied: it opens exactly this view, files included.');
    } catch {
      toast('info', 'The address bar now holds the link; copy it from there.');
    }
  };
  const onDownload = () => {
    const blob = new Blob([encodeWorkspaceFile(share.state)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${useAppStore.getState().result?.model.name ?? 'workspace'}.stackmap.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  return (
    <ShareDialog
      link={share.tooLong ? null : share.link}
      tooLong={share.tooLong}
      masked={share.masked}
      includeSecrets={includeSecrets}
      onIncludeSecretsChange={setIncludeSecrets}
      onCopy={onCopy}
      onDownloadWorkspace={onDownload}
      onClose={() => setShareOpen(false)}
    />
  );
}
