// Permalink length for every sample and corpus stack, against the way Mermaid Live Editor
// encodes its share links (`pako:` + base64url(zlib deflate level 9 of the state JSON);
// fflate's zlibSync writes the same format as pako's deflate). Run: npx tsx bench/share.bench.ts
import { deflateSync, strToU8, zlibSync } from 'fflate';
import { encodeBase64url } from '../src/core/share/base64url';
import { decodePermalink, encodePayload, encodePermalink, MAX_PERMALINK_LENGTH } from '../src/core/share/codec';
import { DEFAULT_VIEW } from '../src/core/share/restoreView';
import type { ShareState } from '../src/core/share/types';
import { heading, measure } from './harness';
import { corpusStacks, sampleStacks, type Stack } from './shareStacks';

interface Row {
  name: string;
  chars: number;
  baseline: number;
  plain: number;
  ours: number;
}

const stateOf = (stack: Stack): ShareState => ({ version: 1, files: stack.files, view: DEFAULT_VIEW });

function row(stack: Stack): Row {
  const state = stateOf(stack);
  const baseline = 'pako:' + encodeBase64url(zlibSync(strToU8(JSON.stringify(state)), { level: 9 }));
  const plain = 'v1.' + encodeBase64url(deflateSync(strToU8(encodePayload(state)), { level: 9 }));
  return {
    name: stack.name,
    chars: stack.files.reduce((n, f) => n + f.text.length, 0),
    baseline: baseline.length,
    plain: plain.length,
    ours: encodePermalink(state).length,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (a: number, b: number) => `${((1 - a / b) * 100).toFixed(1)}% shorter`;

function printTable(title: string, rows: Row[]): void {
  heading(title);
  console.log(`${'stack'.padEnd(52)} ${'text'.padStart(7)} ${'mermaid'.padStart(8)} ${'no dict'.padStart(8)} ${'stackmap'.padStart(9)}  fits`);
  for (const r of rows) {
    const fits = r.ours <= MAX_PERMALINK_LENGTH ? 'yes' : 'no';
    console.log(`${r.name.padEnd(52)} ${String(r.chars).padStart(7)} ${String(r.baseline).padStart(8)} ${String(r.plain).padStart(8)} ${String(r.ours).padStart(9)}  ${fits}`);
  }
}

function summary(title: string, rows: Row[]): void {
  if (rows.length === 0) return;
  const m = { baseline: median(rows.map((r) => r.baseline)), plain: median(rows.map((r) => r.plain)), ours: median(rows.map((r) => r.ours)) };
  const worst = rows.reduce((a, b) => (b.ours > a.ours ? b : a));
  console.log(`\n${title}: ${rows.length} stacks`);
  console.log(`  median link: stackmap ${m.ours}, mermaid-style ${m.baseline} (${pct(m.ours, m.baseline)}); without the dictionary ${m.plain} (${pct(m.plain, m.baseline)})`);
  console.log(`  median per-stack ratio stackmap/mermaid: ${median(rows.map((r) => r.ours / r.baseline)).toFixed(3)}`);
  console.log(`  worst: ${worst.name} at ${worst.ours} (mermaid-style ${worst.baseline}); ${rows.filter((r) => r.ours > MAX_PERMALINK_LENGTH).length} over ${MAX_PERMALINK_LENGTH}`);
}

const samples = sampleStacks().map(row);
const corpus = corpusStacks().map(row);
printTable('Permalink length (characters after #), sample stacks', samples);
if (corpus.length) printTable('Permalink length, corpus stacks', corpus.sort((a, b) => a.ours - b.ours));
else console.log('\n(corpus not found beside the repository: corpus rows skipped)');
summary('Samples', samples);
summary('Corpus', corpus);

heading('Encode and decode time');
const sample = stateOf(sampleStacks()[0]);
const sampleLink = encodePermalink(sample);
measure('encodePermalink(samples/shopfront)', () => encodePermalink(sample), 50);
measure('decodePermalink(samples/shopfront)', () => decodePermalink(sampleLink), 50);
const largest = corpusStacks().sort((a, b) => row(b).chars - row(a).chars)[0];
if (largest) {
  const state = stateOf(largest);
  const link = encodePermalink(state);
  measure(`encodePermalink(${largest.name}, ${link.length} chars)`, () => encodePermalink(state), 20);
  measure(`decodePermalink(${largest.name})`, () => decodePermalink(link), 20);
}
const bomb = 'v1.' + encodeBase64url(deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 }));
measure(`decodePermalink(deflate bomb: ${bomb.length} chars -> 64 MB, refused)`, () => decodePermalink(bomb), 20);
