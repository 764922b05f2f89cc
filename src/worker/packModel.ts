import type { Model, Service } from '../core/types';

/**
 * How a model crosses from the worker to the page. `service.facts` (where each field was written,
 * and what overrode it) is over half of a big model and is read for one service at a time, by
 * the service panel: one JSON string per service, parsed when first read. The rest travels as
 * one JSON string too: for a thousand services, structured-cloning its tens of thousands of small
 * objects made the page's task that received them long (about 35 ms), where JSON.parse of the
 * same text takes a fraction of that, and the stringify runs in the worker.
 */
export function packModel(model: Model): { modelText: string; facts: string[] } {
  const facts = model.services.map((s) => JSON.stringify(s.facts));
  const services = model.services.map(({ facts: _omitted, ...rest }) => rest as Service);
  return { modelText: JSON.stringify({ ...model, services }), facts };
}

/** The model back from `packModel`'s text and facts. */
export function unpackModel(modelText: string, facts: string[]): Model {
  return unpackFacts(JSON.parse(modelText) as Model, facts);
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
