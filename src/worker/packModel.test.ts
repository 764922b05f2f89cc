import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../core/model/buildModel';
import { packModel, unpackModel } from './packModel';

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
    expect(JSON.parse(packed.modelText).services[0]).not.toHaveProperty('facts');
    const restored = unpackModel(packed.modelText, packed.facts);
    expect(restored.services[0].facts.image.source).toEqual({ file: 'compose.yaml', line: 3, column: 5 });
    expect(JSON.parse(JSON.stringify(restored))).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it('lets a restored service take new facts', () => {
    const { model } = loadWorkspace([{ path: 'compose.yaml', text: compose }]);
    const packed = packModel(model);
    const restored = unpackModel(packed.modelText, packed.facts);
    restored.services[1].facts = {};
    expect(restored.services[1].facts).toEqual({});
  });

  it('reads the facts of a service frozen or copied before they were first read', () => {
    const { model } = loadWorkspace([{ path: 'compose.yaml', text: compose }]);
    const packed = packModel(model);
    const restored = unpackModel(packed.modelText, packed.facts);
    const frozen = Object.freeze(restored.services[0]);
    expect(frozen.facts.image.source.line).toBe(3);
    const copy = { ...restored.services[1] };
    expect(copy.facts.image.source.line).toBe(6);
  });
});
