import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../core/model/buildModel';
import { generateStack } from '../../bench/generateStack';
import { packModel, unpackModel, unpackModelInSlices } from './packModel';

const compose = `services:
  db:
    image: postgres:16
    ports: ["5432:5432"]
  app:
    image: app:1
    depends_on: [db]
`;

describe('packModel', () => {
  it('round-trips the model through a structured clone, facts included', () => {
    const { model } = loadWorkspace([{ path: 'compose.yaml', text: compose }]);
    const packed = structuredClone(packModel(model));
    expect(JSON.parse(packed.serviceTexts[0])[0]).not.toHaveProperty('facts');
    const restored = unpackModel(packed);
    expect(restored.services[0].facts.image.source).toEqual({ file: 'compose.yaml', line: 3, column: 5 });
    expect(JSON.parse(JSON.stringify(restored))).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it('lets a restored service take new facts', () => {
    const { model } = loadWorkspace([{ path: 'compose.yaml', text: compose }]);
    const packed = packModel(model);
    const restored = unpackModel(packed);
    restored.services[1].facts = {};
    expect(restored.services[1].facts).toEqual({});
  });

  it('reads the facts of a service frozen or copied before they were first read', () => {
    const { model } = loadWorkspace([{ path: 'compose.yaml', text: compose }]);
    const packed = packModel(model);
    const restored = unpackModel(packed);
    const frozen = Object.freeze(restored.services[0]);
    expect(frozen.facts.image.source.line).toBe(3);
    const copy = { ...restored.services[1] };
    expect(copy.facts.image.source.line).toBe(6);
  });

  it('gives the same model parsed in slices, a task apart, as in one go', async () => {
    const { model } = loadWorkspace([{ path: 'compose.yaml', text: generateStack(600) }]);
    const packed = structuredClone(packModel(model));
    expect(packed.serviceTexts.length).toBeGreaterThan(1);
    const sliced = await unpackModelInSlices(packed);
    expect(sliced.services.map((s) => s.name)).toEqual(model.services.map((s) => s.name));
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(unpackModel(packed)));
    expect(JSON.parse(JSON.stringify(sliced))).toEqual(JSON.parse(JSON.stringify(model)));
  });
});
