import { useEffect, useState, useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'stackmap.theme';

const systemTheme = () => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Follows the operating system unless the user picked a theme; the choice is kept in localStorage. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(readChoice);
  useEffect(() => {
    const apply = () => {
      document.documentElement.dataset.theme = choice === 'system' ? systemTheme() : choice;
    };
    apply();
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', apply);
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Private windows may refuse storage; the theme still applies for this visit.
    }
    return () => media.removeEventListener('change', apply);
  }, [choice]);
  return [choice, setChoice];
}

function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const resolvedTheme = (): 'light' | 'dark' => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/** The theme on screen now (the choice, or the system's): for what draws its own colours, like mermaid. */
export function useResolvedTheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribeTheme, resolvedTheme, () => 'light');
}
