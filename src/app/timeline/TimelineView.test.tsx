// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dep, healthcheck, model, service, at } from '../../core/analysis/testing';
import { DEFAULT_ASSUMPTIONS, type StartupAssumptions } from '../../core/types';
import { TimelineView } from './TimelineView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const stack = model([
  service('api', { dependsOn: [dep('db', 'service_healthy', { source: at(40) }), dep('migrator', 'service_completed_successfully')] }),
  service('migrator', { oneShot: true, dependsOn: [dep('db', 'service_healthy')] }),
  service('db', { healthcheck: healthcheck({ interval_s: 5, timeout_s: 5, retries: 10, start_period_s: 10, start_interval_s: 2, source: at(90) }) }),
  service('cache'),
]);

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

function render(props: Partial<Parameters<typeof TimelineView>[0]> = {}) {
  const handlers = { onAssumptionsChange: vi.fn(), onSelect: vi.fn(), onOpenSource: vi.fn() };
  act(() =>
    root.render(<TimelineView model={stack} assumptions={DEFAULT_ASSUMPTIONS} selected={null} {...handlers} {...props} />),
  );
  return handlers;
}

const rows = () => [...container.querySelectorAll('.timeline-row')];

describe('TimelineView', () => {
  it('shows one row per service in start order, the total and the critical path', () => {
    render();
    expect(rows().map((r) => r.querySelector('.timeline-name')!.textContent)).toEqual(['0 db', '0 cache', '1 migrator', '2 api']);
    // db healthy at 1 + 2 = 3 s; migrator done at 3 + 1 + 10 = 14 s; api running at 15 s.
    expect(container.querySelector('.timeline-total')!.textContent).toContain('Ready in 15 s');
    expect(container.querySelector('.timeline-path')!.textContent).toBe('Critical path: db → migrator → api');
    expect(rows().filter((r) => r.classList.contains('timeline-row-critical'))).toHaveLength(3);
    expect(container.querySelectorAll('.timeline-link')).toHaveLength(3);
    expect(container.querySelectorAll('.timeline-link-critical')).toHaveLength(2);
  });

  it('reports assumption changes through labelled inputs', () => {
    const { onAssumptionsChange } = render();
    const input = [...container.querySelectorAll('label')].find((l) => l.textContent === 'Container start (s)')!;
    const field = document.getElementById(input.htmlFor) as HTMLInputElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, '3');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onAssumptionsChange).toHaveBeenCalledWith({ ...DEFAULT_ASSUMPTIONS, containerStart_s: 3 });
  });

  it('reflects new assumptions at once', () => {
    const slow: StartupAssumptions = { containerStart_s: 1, oneShotRun_s: 10, healthcheck: 'last-probe' };
    render({ assumptions: slow });
    // db worst case 10 + 10 × (5 + 5) = 110 s after its start at 1 s; + 1 + 10 + 1.
    expect(container.querySelector('.timeline-total')!.textContent).toContain('Ready in 123 s');
  });

  it('selects a row on click, highlights the selected row, and explains its waits with source buttons', () => {
    const { onSelect, onOpenSource } = render({ selected: 'api' });
    act(() => (rows()[0] as HTMLElement).click());
    expect(onSelect).toHaveBeenCalledWith('db');
    expect(rows()[3].classList.contains('timeline-row-selected')).toBe(true);
    const explain = container.querySelector('.timeline-explain')!;
    expect(explain.textContent).toContain('waits for db healthy (compose.yaml:40): first probe at 2 s (start_interval)');
    const button = [...explain.querySelectorAll('button')].find((b) => b.textContent === 'compose.yaml:90')!;
    act(() => button.click());
    expect(onOpenSource).toHaveBeenCalledWith(at(90));
  });

  it('explains the bar under focus', () => {
    render();
    const bar = container.querySelector('[aria-label^="migrator completed at"]') as HTMLElement;
    act(() => bar.focus());
    expect(container.querySelector('.timeline-explain h3')!.textContent).toBe('migrator: starts at 4–112 s, completed at 14–122 s');
  });

  it('says so when there is nothing to start', () => {
    render({ model: model([]) });
    expect(container.textContent).toContain('No services to start');
  });
});
