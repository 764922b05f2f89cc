import { useEffect, useState } from 'react';

/**
 * `value`, one task later than it changes (the first value at once, unless `initial` stands in). Splits heavy renders that
 * would otherwise share one long task with whatever produced the value: the graph is derived in
 * the task after the one that received the model, its edge layer in the task after that.
 */
export function useNextTask<T>(value: T, initial: T = value): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const id = setTimeout(() => setShown(() => value), 0);
    return () => clearTimeout(id);
  }, [value, shown]);
  return shown;
}
