/// <reference lib="webworker" />
// The core runs here, off the main thread: parsing, merging, analysis and layout.
import { graphFor, layoutKey, layoutText } from '../graph/graphPlan';
import type { DocsModel } from '../core/markdown/types';
import type { Model } from '../core/types';
import { loadWorkspace } from '../core/model/buildModel';
import { makeShareLink } from '../core/share/makeShareLink';
import { layoutGraph, placeQuickly } from './layout';
import { packModel } from './packModel';
import { directionFor } from '../graph/bestDirection';
import type { GraphPlan } from '../graph/types';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * The page is about to draw the plan's graph of a model just loaded: place it quickly here, off
 * the page's thread (the page takes this placement if it matches the graph it builds), then start
 * elk on it at once. The page's own layout request, moments later, finds that run in the cache:
 * elk's picture arrives about 150 ms sooner than if it waited for the page to ask.
 */
function placeAhead(model: Model, docs: DocsModel, plan: GraphPlan, id: number, reply: (message: WorkerResponse) => void) {
  const { graph, text } = layoutText(graphFor(model, docs, plan));
  const quick = placeQuickly(text, graph, plan.direction);
  reply({ type: 'placed', id, key: layoutKey(text, plan.direction), quickText: JSON.stringify(quick) });
  void layoutGraph(text, plan.direction, graph);
}

scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const started = performance.now();
  const reply = (message: WorkerResponse) => scope.postMessage(message);
  try {
    if (request.type === 'load') {
      const { model: full, docs } = loadWorkspace(request.files, request.options);
      const direction = request.graph && directionFor(full, request.graph);
      reply({ type: 'loaded', id: request.id, model: packModel(full), docs, elapsed_ms: performance.now() - started, ...(request.graph?.fitTo ? { direction } : {}) });
      if (request.graph && direction) placeAhead(full, docs, { ...request.graph, direction }, request.id, reply);
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
