import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * While `open`, remembers what had the focus when it opened (the node, link or button that
 * opened a panel or dialog); when it closes, gives the focus back there if it was lost on the
 * way: left on the page's body, or inside what closed. Without this, closing with Escape drops a
 * keyboard user at the top of the page.
 *
 * A component that unmounts while still open (its view was switched away) is not being closed:
 * pass `whenUnmounted: false` to leave the focus alone then. And a text field is given the focus
 * back only after a close from the keyboard: on a tablet, focusing it pops up the keyboard.
 * A new `subject` while open (another service in the same panel) takes a new opener.
 */
export function useReturnFocus(
  open: boolean,
  container: RefObject<HTMLElement | null>,
  { whenUnmounted = true, subject = null as unknown } = {},
): void {
  const isOpen = useRef(open);
  isOpen.current = open;
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    const element = container.current;
    return () => {
      // Still open: unmounted (see above), or a new subject taking over what stays open.
      if (isOpen.current && !whenUnmounted) return;
      const now = document.activeElement;
      const lost = !now || now === document.body || (element?.contains(now) ?? false);
      if (!lost || !opener) return;
      const fromKeyboard = now instanceof Element && now !== document.body && now.matches(':focus-visible');
      if (isTextField(opener) && !fromKeyboard) return;
      // After the closing render: the opener may be re-rendered, and what closed is gone by then.
      requestAnimationFrame(() => opener.isConnected && focusIfLost(opener, element));
    };
  }, [open, container, whenUnmounted, subject]);
}

function isTextField(element: HTMLElement): boolean {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(element.type));
}

function focusIfLost(opener: HTMLElement, closed: HTMLElement | null): void {
  const now = document.activeElement;
  if (now && now !== document.body && !closed?.contains(now)) return;
  opener.focus({ preventScroll: true });
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside a dialog: from its last control to its first, and back. */
export function trapTab(e: { key: string; shiftKey: boolean; preventDefault(): void }, dialog: HTMLElement | null): void {
  if (e.key !== 'Tab' || !dialog) return;
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
  if (!items.length) return;
  const first = items[0];
  const last = items[items.length - 1];
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === dialog)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}
