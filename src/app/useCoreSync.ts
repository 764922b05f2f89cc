import { useEffect } from 'react';
import { coreClient } from './coreClient';
import { useAppStore } from './store';

/** Re-derives the model in the worker whenever the files or the options that shape it change. */
export function useCoreSync(): void {
  const files = useAppStore((s) => s.files);
  const revision = useAppStore((s) => s.revision);
  const profiles = useAppStore((s) => s.view.profiles);
  const fileOrder = useAppStore((s) => s.view.fileOrder);

  useEffect(() => {
    const { setLoading, setResult, toast } = useAppStore.getState();
    if (!files.length) return;
    // A load overtaken by a newer one (files, profiles or order changed meanwhile) is dropped: a
    // big model arrives over several tasks, and the newer load may arrive first.
    let current = true;
    // Only show progress for loads that take long enough to notice.
    const slow = setTimeout(() => setLoading(true), 200);
    const present = new Set(files.map((f) => f.path));
    const composeFiles = fileOrder.filter((p) => present.has(p));
    coreClient
      .load(files, { profiles, composeFiles: composeFiles.length ? composeFiles : undefined, missingFiles: 'warning' })
      // Receiving a big reply (parsing the model) is a task's worth of work already: render in the next one.
      .then((r) => new Promise<typeof r>((resolve) => setTimeout(resolve, 0, r)))
      .then((r) => {
        if (!current) return;
        setResult({ ...r, revision });
        const { announce, setAnnounce } = useAppStore.getState();
        if (!announce) return;
        setAnnounce(null);
        // A load that read no services is explained by the banner and the problems, not a toast.
        const count = r.model.services.length;
        if (count) toast('info', `Loaded ${announce}: ${count} service${count === 1 ? '' : 's'}`);
      })
      .catch((error: Error) => {
        if (!current) return;
        setLoading(false);
        toast('error', `Stackmap could not read these files: ${error.message}`);
      })
      .finally(() => clearTimeout(slow));
    return () => {
      current = false;
      clearTimeout(slow);
    };
  }, [files, revision, profiles, fileOrder]);
}
