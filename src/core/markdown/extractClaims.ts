import type { DependencyCondition, SourceRef } from '../types';
import type { DocsDependencyClaim, SectionRef } from './types';

const VERB = /\b(?:depends?\s+on|rel(?:y|ies)\s+on|waits?\s+(?:for|until|on)|(?:is\s+|are\s+)?(?:only\s+)?start(?:s|ed)?\s+(?:only\s+)?(?:after|once)|(?:only\s+)?runs?\s+(?:only\s+)?after|comes?\s+up\s+after|requires?|needs?)\b/i;

/** How a sentence says the other service must be: healthy, finished, or merely started. */
export function conditionIn(text: string): DependencyCondition {
  if (/\bhealthy\b|\bhealth\s*check|\bready\b|service_healthy/i.test(text)) return 'service_healthy';
  if (/succe|complet|finish|\bexit(?:s|ed)?\b|\bdone\b|service_completed/i.test(text)) return 'service_completed_successfully';
  return 'service_started';
}

/**
 * Sentences that state a dependency ("the API waits until db is healthy", "`api` starts only
 * after the migrator succeeds"). Subject and object stay as text; `linkDocs` finds the names.
 * `raw` is the paragraph's source text, `start` where it begins in the file.
 */
export function extractClaims(raw: string, start: SourceRef, section: SectionRef): DocsDependencyClaim[] {
  const claims: DocsDependencyClaim[] = [];
  const pieces = /[^.;!?]+(?:[.!?](?=\S)[^.;!?]*)*/g;
  for (const m of raw.matchAll(pieces)) {
    const clause = m[0];
    const verb = VERB.exec(clause);
    if (!verb || clause.length > 400) continue;
    const subject = stripMarkup(clause.slice(0, verb.index));
    const object = stripMarkup(clause.slice(verb.index + verb[0].length));
    if (!subject.trim() || !object.trim()) continue;
    const offset = (m.index ?? 0) + (clause.length - clause.trimStart().length);
    claims.push({
      from: subject,
      to: object,
      condition: conditionIn(object),
      origin: 'docs',
      text: stripMarkup(clause).replace(/\s+/g, ' ').trim(),
      source: positionAt(raw, offset, start),
      section,
    });
  }
  return claims;
}

export function stripMarkup(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[`*_~]/g, '');
}

function positionAt(raw: string, offset: number, start: SourceRef): SourceRef {
  const before = raw.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return { file: start.file, line: start.line + lines, column: nl < 0 ? start.column + offset : offset - nl };
}
