// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareDialog, type ShareDialogProps } from './ShareDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(overrides: Partial<ShareDialogProps> = {}) {
  const props: ShareDialogProps = {
    link: 'http://localhost:5173/#v1d.abc',
    tooLong: false,
    masked: [{ file: '.env', line: 2, column: 19, variable: 'POSTGRES_PASSWORD', kind: 'variable' }],
    includeSecrets: false,
    onIncludeSecretsChange: vi.fn(),
    onCopy: vi.fn(),
    onDownloadWorkspace: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<ShareDialog {...props} />));
  return { props, host, unmount: () => act(() => root.unmount()) };
}

const button = (host: HTMLElement, name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!;

afterEach(() => document.body.replaceChildren());

describe('ShareDialog', () => {
  it('is a labelled dialog showing the link, what was masked, and copies on request', () => {
    const { host, props } = render();
    const dialog = host.querySelector('[role="dialog"]')!;
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Share this view');
    expect(host.querySelector('input[readonly]')).toHaveProperty('value', 'http://localhost:5173/#v1d.abc');
    expect(host.textContent).toContain('POSTGRES_PASSWORD in .env, line 2');
    act(() => button(host, 'Copy link').click());
    expect(props.onCopy).toHaveBeenCalledOnce();
    act(() => (host.querySelector('input[type="checkbox"]') as HTMLInputElement).click());
    expect(props.onIncludeSecretsChange).toHaveBeenCalledWith(true);
  });

  it('closes on Escape', () => {
    const { props } = render();
    act(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('offers the two ways out when the link is too long', () => {
    const { host, props } = render({ link: null, tooLong: true, masked: [] });
    expect(host.querySelector('input[readonly]')).toBeNull();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/longer than 8,000 characters/);
    expect(host.textContent).toContain('?src=RAW_URL&src=RAW_URL');
    act(() => button(host, 'Download workspace file').click());
    expect(props.onDownloadWorkspace).toHaveBeenCalledOnce();
  });
});
