import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStack } from '../../bench/generateStack';
import { loadWorkspace } from '../core/model/buildModel';
import { packModel, unpackModel } from '../worker/packModel';
import type { GraphShape } from './types';
import { graphFor, layoutText, leftOutByNetworks } from './graphPlan';

const SAMPLE = path.join(__dirname, '../../samples/shopfront');
const sampleFiles = ['compose.yaml', 'compose.override.yaml', 'docs/architecture.md'].map((f) => ({
  path: f,
  text: fs.readFileSync(path.join(SAMPLE, f), 'utf8'),
}));

const plain: GraphShape = { groupBy: 'none', showInactive: false, hiddenNetworks: [], focus: null, collapsed: [], showVolumes: false };

// The worker lays out the graph from the model it built; the page asks for the layout of the
// graph it builds from the model it unpacked. The cached layout is only found if the two texts agree.
describe('layoutText', () => {
  const cases: [string, { path: string; text: string }[], GraphShape][] = [
    ['the sample', sampleFiles, plain],
    ['the sample by docs group, with volumes', sampleFiles, { ...plain, groupBy: 'docs', showVolumes: true, showInactive: true }],
    ['the sample focused on one service', sampleFiles, { ...plain, focus: 'api' }],
    ['a generated stack with a network hidden', [{ path: 'compose.yaml', text: generateStack(120) }], { ...plain, hiddenNetworks: ['net-0'] }],
    ['a generated stack by network, one group collapsed', [{ path: 'compose.yaml', text: generateStack(120) }], { ...plain, groupBy: 'network', collapsed: ['group:network:net-1'] }],
  ];
  it.each(cases)('is the same from the worker’s model and the page’s for %s', (_, files, shape) => {
    const { model, docs } = loadWorkspace(files, {});
    const packed = structuredClone(packModel(model));
    const page = unpackModel(packed);
    const fromWorker = layoutText(graphFor(model, docs, shape)).text;
    expect(layoutText(graphFor(page, structuredClone(docs), shape)).text).toBe(fromWorker);
    expect(JSON.parse(fromWorker).nodes.length).toBeGreaterThan(0);
  });

  it('changes with everything that changes the boxes', () => {
    const { model, docs } = loadWorkspace(sampleFiles, {});
    const base = layoutText(graphFor(model, docs, plain)).text;
    expect(layoutText(graphFor(model, docs, { ...plain, groupBy: 'network' })).text).not.toBe(base);
    expect(layoutText(graphFor(model, docs, { ...plain, focus: 'api' })).text).not.toBe(base);
    expect(layoutText(graphFor(model, docs, { ...plain, showVolumes: true })).text).not.toBe(base);
    const nodes = (shape: GraphShape) => JSON.parse(layoutText(graphFor(model, docs, shape)).text).nodes.length;
    expect(nodes({ ...plain, hiddenNetworks: ['edge'] })).toBe(nodes(plain) - 2);
    // A focus on a service the model lacks shows everything.
    expect(layoutText(graphFor(model, docs, { ...plain, focus: 'nowhere' })).text).toBe(base);
  });
});

describe('leftOutByNetworks', () => {
  const { model } = loadWorkspace(sampleFiles, {});

  it('counts the services hidden networks leave out, and none when none is hidden', () => {
    expect(leftOutByNetworks(model, plain)).toBe(0);
    // proxy and web are on edge only; api is on backend too.
    expect(leftOutByNetworks(model, { ...plain, hiddenNetworks: ['edge'] })).toBe(2);
  });

  it('counts within a focus, and only services the profiles start', () => {
    // On backend only: worker, scheduler, migrator, db, cache, mailpit.
    expect(leftOutByNetworks(model, { ...plain, hiddenNetworks: ['backend'] })).toBe(6);
    // proxy's neighbourhood is proxy, web, api, search and what api needs: of those, db, cache,
    // migrator and mailpit are on backend only.
    expect(leftOutByNetworks(model, { ...plain, focus: 'proxy', hiddenNetworks: ['backend'] })).toBe(4);
    // adminer's profile is not active: it is drawn, and left out, only with inactive services shown.
    expect(leftOutByNetworks(model, { ...plain, showInactive: true, hiddenNetworks: ['backend'] })).toBe(7);
  });
});
