import { useEffect, useState } from 'react';

/**
 * `value`, one task later than it changes (the first value at once, unless `initial` stands in). Splits heavy renders that
 * would otherwise share one long task with whatever produced the value: the graph is derived in
 * the task after the one that received the model, its edge layer in the task after that.
 *
 * While `hold` is true the value shown stays as it is: a later stage waits for the stage before
 * it to catch up, so that a value already replaced upstream is never passed on.
 */
export function useNextTask<T>(value: T, { initial = value, hold = false }: { initial?: T; hold?: boolean } = {}): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (hold || Object.is(shown, value)) return;
    const id = setTimeout(() => setShown(() => value), 0);
    return () => clearTimeout(id);
  }, [value, shown, hold]);
  return shown;
}
