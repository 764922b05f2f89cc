/// <reference lib="webworker" />
// The core runs here, off the main thread: parsing, merging, analysis and layout.
import { graphFor, layoutKey, layoutText } from '../graph/graphPlan';
import type { DocsModel } from '../core/markdown/types';
import type { Model } from '../core/types';
import { loadWorkspace } from '../core/model/buildModel';
import { makeShareLink } from '../core/share/makeShareLink';
import { layoutGraph, placeQuickly } from './layout';
import { packModel } from './packModel';
import { bestDirection } from '../graph/bestDirection';
import type { GraphPlan, LayoutGraph } from '../graph/types';
import type { LayoutDirection } from '../core/types';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * The page is about to draw the plan's graph of a model just loaded: place it quickly here, off
 * the page's thread (the page takes this placement if it matches the graph it builds), then start
 * elk on it at once. The page's own layout request, moments later, finds that run in the cache:
 * elk's picture arrives about 150 ms sooner than if it waited for the page to ask.
 */
function placeAhead(planned: Planned, id: number, reply: (message: WorkerResponse) => void) {
  const { graph, text, direction } = planned;
  const quick = placeQuickly(text, graph, direction);
  reply({ type: 'placed', id, key: layoutKey(text, direction), quickText: JSON.stringify(quick) });
  void layoutGraph(text, direction, graph);
}

type Planned = { graph: LayoutGraph; text: string; direction: LayoutDirection };

/**
 * The plan's graph, and its direction: the plan's own, or, for a new stack whose direction
 * nobody chose (`fitTo`), the one that draws it biggest there. Decided before the model goes to
 * the page, so that the page draws it that way from the start; the placement made to judge the
 * plan's direction is the one placeAhead then sends, when it stays.
 */
function planFor(model: Model, docs: DocsModel, plan: GraphPlan): Planned {
  const { graph, text } = layoutText(graphFor(model, docs, plan));
  if (!plan.fitTo) return { graph, text, direction: plan.direction };
  return { graph, text, direction: bestDirection(graph, plan.fitTo, plan.direction, placeQuickly(text, graph, plan.direction)) };
}

scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  const reply = (message: WorkerResponse) => scope.postMessage(message);
  try {
    if (request.type === 'load') {
      const { model: full, docs } = loadWorkspace(request.files, request.options);
      const planned = request.graph?.fitTo ? planFor(full, docs, request.graph) : null;
      reply({ type: 'loaded', id: request.id, model: packModel(full), docs, elapsed_ms: performance.now() - started, direction: planned?.direction });
      if (request.graph) placeAhead(planned ?? planFor(full, docs, request.graph), request.id, reply);
    } else if (request.type === 'share') {
      // Masking secrets parses every file: worth keeping off the main thread for big workspaces.
      const share = makeShareLink(request.files, request.view, request.base, request.includeSecrets);
      reply({ type: 'shared', id: request.id, share, elapsed_ms: performance.now() - started });
    } else if (request.type === 'layout') {
      const layoutText = await layoutGraph(request.graph, request.direction);
      reply({ type: 'laid-out', id: request.id, layoutText, elapsed_ms: performance.now() - started });
    }
  } catch (error) {
    // The core never throws on user input; reaching this is a bug, reported rather than swallowed.
    reply({ type: 'failed', id: request.id, message: (error as Error).message ?? String(error) });
  }
});
