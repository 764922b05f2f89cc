import type { Model, Service } from '../core/types';

/**
 * `service.facts` (where each field was written, and what overrode it) is over half of a big
 * model and is read for one service at a time, by the service panel. Structured-cloning it as
 * tens of thousands of small objects makes the page's task that receives the model long; as one
 * JSON string per service it crosses almost for free, and is parsed when first read.
 */
export function packFacts(model: Model): { model: Model; facts: string[] } {
  const facts = model.services.map((s) => JSON.stringify(s.facts));
  const services = model.services.map(({ facts: _omitted, ...rest }) => rest as Service);
  return { model: { ...model, services }, facts };
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
