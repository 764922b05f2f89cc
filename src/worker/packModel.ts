import type { Model, Service } from '../core/types';

/**
 * How a model crosses from the worker to the page: as JSON text, parsed on the page. For a
 * thousand services, structured-cloning its tens of thousands of small objects made the page's
 * task that received them long (about 35 ms), where JSON.parse of the same text takes a fraction
 * of that, and the stringify runs in the worker.
 *
 * - `modelText`: the model without its services.
 * - `serviceTexts`: the services, a JSON array per slice of `SLICE` of them, so that the page can
 *   parse a big model over several tasks (`unpackModelInSlices`): in one, the parse of a
 *   thousand services' text (about 800 kB) took up to 58 ms on a busy two-core machine.
 * - `facts`: each service's `facts` (where each field was written, and what overrode it), one
 *   string per service. They are over half of a big model and are read for one service at a
 *   time, by the service panel: each is parsed when first read.
 */
export interface PackedModel {
  modelText: string;
  serviceTexts: string[];
  facts: string[];
}

const SLICE = 250;

export function packModel(model: Model): PackedModel {
  const facts = model.services.map((s) => JSON.stringify(s.facts));
  const serviceTexts: string[] = [];
  for (let i = 0; i < model.services.length; i += SLICE) {
    serviceTexts.push(JSON.stringify(model.services.slice(i, i + SLICE).map(({ facts: _omitted, ...rest }) => rest)));
  }
  return { modelText: JSON.stringify({ ...model, services: [] }), serviceTexts, facts };
}

/** The model back from `packModel`'s texts, in one go. */
export function unpackModel(packed: PackedModel): Model {
  const model = JSON.parse(packed.modelText) as Model;
  for (const text of packed.serviceTexts) model.services.push(...(JSON.parse(text) as Service[]));
  return unpackFacts(model, packed.facts);
}

/** The same, parsing one slice of services per task, so that no task parses them all. */
export async function unpackModelInSlices(packed: PackedModel): Promise<Model> {
  const model = JSON.parse(packed.modelText) as Model;
  for (const [i, text] of packed.serviceTexts.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    model.services.push(...(JSON.parse(text) as Service[]));
  }
  return unpackFacts(model, packed.facts);
}

/**
 * Puts `facts` back on each service as a property that parses its text the first time it is
 * read. The parsed value lives in the accessor's closure, so the property is never redefined
 * (a frozen service still reads it) and a copy of the service reads the same facts.
 */
export function unpackFacts(model: Model, facts: string[]): Model {
  model.services.forEach((service, i) => {
    const text = facts[i] ?? '{}';
    let parsed: Service['facts'] | undefined;
    Object.defineProperty(service, 'facts', {
      enumerable: true,
      configurable: true,
      get: () => (parsed ??= JSON.parse(text) as Service['facts']),
      set: (value: Service['facts']) => {
        parsed = value;
      },
    });
  });
  return model;
}
