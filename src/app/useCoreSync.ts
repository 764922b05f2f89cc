import { useEffect } from 'react';
import { coreClient } from './coreClient';
import { LEGEND_OPEN } from './graph/GraphLegend';
import { useAppStore } from './store';

// The files revision whose direction was last decided: later loads of it keep the direction.
let decidedFor = -1;

/**
 * About the room the graph's fit has: the graph's size on screen (before it is drawn, the
 * window's less the bars above it), less the fit's margins, the toolbar above the graph and the
 * legend below it where it opens by itself (a wide window; see GraphLegend).
 */
function graphPane(): { width: number; height: number } {
  const box = document.querySelector('.graph')?.getBoundingClientRect();
  const { width, height } = box && box.width > 0 ? box : { width: window.innerWidth, height: window.innerHeight - 160 };
  const legend = globalThis.matchMedia?.(LEGEND_OPEN).matches ? 150 : 0;
  return { width: Math.max(1, width - 64), height: Math.max(1, height - 64 - 50 - legend) };
}

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
    // A new stack (not a profile or file order changed) whose direction nobody chose is laid out
    // in the direction that suits it on this screen.
    const fitTo = coreClient.graphPlan && !useAppStore.getState().directionChosen && revision !== decidedFor ? graphPane() : undefined;
    decidedFor = revision;
    coreClient
      .load(files, { profiles, composeFiles: composeFiles.length ? composeFiles : undefined, missingFiles: 'warning' }, fitTo)
      // Receiving a big reply (parsing the model) is a task's worth of work already: render in the next one.
      .then((r) => new Promise<typeof r>((resolve) => setTimeout(resolve, 0, r)))
      .then((r) => {
        if (!current) return;
        // The direction the worker chose goes in with the model: the graph is drawn that way from the start.
        const { direction, ...result } = r;
        setResult({ ...result, revision }, direction);
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
