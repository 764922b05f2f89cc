// The docs' side of the model: what the pages say about each service, merged into the services
// compose defines, plus the services only the docs know. Matching lives in src/core/markdown.
import { linkDocs, type ServiceDocs } from '../markdown/linkDocs';
import type { DocsModel } from '../markdown/types';
import type { Diagnostic, Service } from '../types';
import { emptyService } from './emptyService';

/**
 * Merges what the docs say into the services compose defines, and appends the services only
 * the docs know (origin `['docs']`). Returns new objects; the input is not changed.
 */
export function applyDocsToServices(services: Service[], docs: DocsModel): { services: Service[]; diagnostics: Diagnostic[] } {
  const links = linkDocs(docs, services.map((s) => ({ name: s.name, containerName: s.containerName, hostnames: s.hostname ? [s.hostname] : [], image: s.image })));
  const merged = services.map((s): Service => {
    if (!Object.hasOwn(links.services, s.name)) return s;
    const d = links.services[s.name];
    return {
      ...s,
      origin: s.origin.includes('docs') ? s.origin : [...s.origin, 'docs'],
      role: s.role ?? d.role,
      notes: [...s.notes, ...d.notes],
      stated: { images: [...s.stated.images, ...d.stated.images], ports: [...s.stated.ports, ...d.stated.ports] },
      dependsOn: [...s.dependsOn, ...d.dependsOn],
    };
  });
  const taken = new Set(services.map((s) => s.name));
  for (const d of links.docsOnly) {
    if (taken.has(d.name)) continue;
    taken.add(d.name);
    merged.push(docsOnlyService(d));
  }
  return { services: merged, diagnostics: links.diagnostics };
}

function docsOnlyService(d: ServiceDocs): Service {
  return {
    ...emptyService(d.name, ['docs']),
    dependsOn: d.dependsOn,
    role: d.role,
    notes: d.notes,
    sources: d.notes.slice(0, 1).map((n) => ({ ...n.source })),
    stated: d.stated,
  };
}
