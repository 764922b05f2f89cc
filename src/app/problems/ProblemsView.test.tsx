// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../core/types';
import { ProblemsView } from './ProblemsView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const src = (line: number, file = 'compose.yaml') => ({ file, line, column: 3 });
const diagnostics: Diagnostic[] = [
  { severity: 'warning', code: 'docs-image-drift', message: 'Docs say postgres:15.', source: src(16, 'docs/a.md'), related: [src(55)], service: 'db' },
  { severity: 'error', code: 'missing-dependency', message: 'api depends on dbb.', source: src(12), service: 'api' },
  { severity: 'error', code: 'yaml-syntax', message: 'Bad indent.', source: src(3) },
  { severity: 'info', code: 'x', message: 'No file.', source: null },
];

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('ProblemsView', () => {
  it('groups by severity with counts, errors first', () => {
    act(() => root.render(<ProblemsView diagnostics={diagnostics} onOpenSource={vi.fn()} onSelectService={vi.fn()} />));
    expect([...container.querySelectorAll('summary')].map((s) => s.textContent)).toEqual(['Errors 2', 'Warnings 1', 'Notes 1']);
    expect([...container.querySelectorAll('.problems-count')].map((c) => c.textContent)).toEqual(['2 errors', '1 warning', '1 note']);
  });

  it('does not colour a count of none as a problem', () => {
    const warningsOnly = diagnostics.filter((d) => d.severity === 'warning');
    act(() => root.render(<ProblemsView diagnostics={warningsOnly} onOpenSource={vi.fn()} onSelectService={vi.fn()} />));
    const counts = [...container.querySelectorAll('.problems-count')];
    expect(counts.map((c) => c.textContent)).toEqual(['0 errors', '1 warning', '0 notes']);
    expect(counts.map((c) => c.classList.contains('problems-error') || c.classList.contains('problems-info'))).toEqual([false, false, false]);
  });

  it('opens sources and selects services', () => {
    const onOpenSource = vi.fn();
    const onSelectService = vi.fn();
    act(() => root.render(<ProblemsView diagnostics={diagnostics} onOpenSource={onOpenSource} onSelectService={onSelectService} />));
    const buttons = [...container.querySelectorAll('button')];
    act(() => buttons.find((b) => b.textContent === 'compose.yaml:55:3')!.click());
    expect(onOpenSource).toHaveBeenCalledWith(src(55));
    act(() => buttons.find((b) => b.textContent === 'api')!.click());
    expect(onSelectService).toHaveBeenCalledWith('api');
  });

  it('says when there is nothing to report', () => {
    act(() => root.render(<ProblemsView diagnostics={[]} onOpenSource={vi.fn()} onSelectService={vi.fn()} />));
    expect(container.textContent).toBe('No problems found.');
  });
});
