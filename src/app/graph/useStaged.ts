import { useMemo } from 'react';
import { useNextTask } from './useNextTask';

/**
 * A value made in two steps and drawn, spread over tasks when it is big: `first` as it comes;
 * `then(first)` in the task after, if `first` is big; the result drawn in the task after that, if
 * it is big. Small values go through in one task. A value replaced on its way is dropped: the
 * drawing waits while a newer `first` waits for its second step, so it never shows a value that
 * is already out of date. `settled` is true once what is drawn comes from the newest `first`.
 *
 * `then` must keep its identity (a module function): the second step is memoized on its input.
 */
export function useStaged<A, B>(
  first: A | null,
  then: (value: A) => B,
  bigFirst: (value: A) => boolean,
  bigThen: (value: B) => boolean,
): { drawn: B | null; settled: boolean } {
  const stagedFirst = useNextTask(first);
  const input = first !== null && bigFirst(first) ? stagedFirst : first;
  const second = useMemo(() => (input === null ? null : then(input)), [input, then]);
  const stagedSecond = useNextTask(second, { hold: input !== first });
  const drawn = second !== null && bigThen(second) ? stagedSecond : second;
  return { drawn, settled: input === first && drawn === second };
}
