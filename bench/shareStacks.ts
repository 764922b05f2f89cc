// The stacks the share tests and benchmark encode: every sample, every corpus compose project
// (its compose files, env files and Markdown, layout kept) and every corpus docs page.
import fs from 'node:fs';
import path from 'node:path';
import { corpusDir, hasCorpus, repoRoot } from '../tests/corpus';
import type { WorkspaceFile } from '../src/core/types';

export interface Stack {
  name: string;
  files: WorkspaceFile[];
}

const WANTED = (name: string) =>
  /\.(ya?ml|md)$/i.test(name) || name.startsWith('.env') || name.endsWith('.env');

function readTree(dir: string): WorkspaceFile[] {
  const out: WorkspaceFile[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (WANTED(entry.name) && !entry.name.startsWith('oracle')) {
        out.push({ path: child, text: fs.readFileSync(path.join(dir, child), 'utf8') });
      }
    }
  };
  walk('');
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const subdirs = (dir: string) =>
  fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

export function sampleStacks(): Stack[] {
  const samples = path.join(repoRoot, 'samples');
  return subdirs(samples).map((name) => ({ name: `samples/${name}`, files: readTree(path.join(samples, name)) }));
}

export function corpusStacks(): Stack[] {
  if (!hasCorpus) return [];
  const stacks: Stack[] = [];
  const compose = path.join(corpusDir, 'compose');
  for (const project of subdirs(compose)) {
    // awesome-compose is a collection: each sample in it is a stack of its own.
    const roots = project === 'awesome-compose' ? subdirs(path.join(compose, project)).map((s) => `${project}/${s}`) : [project];
    for (const root of roots) stacks.push({ name: `compose/${root}`, files: readTree(path.join(compose, root)) });
  }
  const docs = path.join(corpusDir, 'docs');
  for (const page of subdirs(docs)) {
    const file = path.join(docs, page, 'page.md');
    if (fs.existsSync(file)) stacks.push({ name: `docs/${page}`, files: [{ path: 'page.md', text: fs.readFileSync(file, 'utf8') }] });
  }
  return stacks.filter((s) => s.files.length > 0);
}
