// Docs extraction: parse + link on the largest corpus page, the sample, and a 5 MB synthetic page
// (capped by the reader, see MAX_PAGE_CHARS). Run: npx tsx bench/docs.bench.ts
import fs from 'node:fs';
import path from 'node:path';
import { linkDocs } from '../src/core/markdown/linkDocs';
import { parseDocs } from '../src/core/markdown/parseDocs';
import { corpusDir, hasCorpus, repoRoot } from '../tests/corpus';
import { heading, measure } from './harness';

function run(pathName: string, text: string, ids: { name: string }[]) {
  const docs = parseDocs([{ path: pathName, text }]);
  return linkDocs(docs.value, ids);
}

heading('docs extraction (parseDocs + linkDocs)');
const sample = fs.readFileSync(path.join(repoRoot, 'samples/shopfront/docs/architecture.md'), 'utf8');
const shop = ['proxy', 'web', 'api', 'worker', 'scheduler', 'migrator', 'db', 'cache', 'adminer'].map((name) => ({ name }));
measure('shopfront architecture.md', () => run('architecture.md', sample, shop));

if (hasCorpus) {
  const pages = fs.readdirSync(path.join(corpusDir, 'docs')).map((d) => path.join(corpusDir, 'docs', d, 'page.md')).filter((p) => fs.existsSync(p));
  const largest = pages.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  const text = fs.readFileSync(largest, 'utf8');
  measure(`largest corpus page (${path.basename(path.dirname(largest))}, ${(text.length / 1000).toFixed(0)} kB)`, () => run('page.md', text, shop), 10);
}

const para = 'The `api` waits until db is healthy; see the table below. Some filler text about nothing.\n\n';
const big = `# Big\n\n${para.repeat(Math.ceil(5_000_000 / para.length))}`;
measure('synthetic 5 MB page (read up to the cap)', () => run('big.md', big, shop), 5, 1);
