// Prints the canonical project as `docker compose config` does: JSON, or YAML in block style.
import { stringify } from 'yaml';
import type { ComposeProject } from './types';

/** The canonical project as text; YAML output keeps the same key order as JSON. */
export function formatConfig(project: ComposeProject, format: 'json' | 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(project.config, null, 2)}\n`;
  return stringify(project.config, { lineWidth: 0, aliasDuplicateObjects: false });
}
