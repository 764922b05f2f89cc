import { useId, type ChangeEvent } from 'react';
import type { StartupAssumptions } from '../../core/types';

/** The timeline's assumptions as form controls; each change is reported at once. */
export function TimelineAssumptions(props: { value: StartupAssumptions; onChange(a: StartupAssumptions): void }) {
  const { value, onChange } = props;
  const id = useId();
  const seconds = (key: 'containerStart_s' | 'oneShotRun_s') => (event: ChangeEvent<HTMLInputElement>) => {
    const n = event.currentTarget.valueAsNumber;
    if (Number.isFinite(n) && n >= 0) onChange({ ...value, [key]: n });
  };
  return (
    <fieldset className="timeline-assumptions">
      <legend>Assumptions</legend>
      <label htmlFor={`${id}-start`}>Container start (s)</label>
      <input id={`${id}-start`} type="number" min={0} step={0.5} value={value.containerStart_s} onChange={seconds('containerStart_s')} />
      <label htmlFor={`${id}-oneshot`}>One-shot task run (s)</label>
      <input id={`${id}-oneshot`} type="number" min={0} step={1} value={value.oneShotRun_s} onChange={seconds('oneShotRun_s')} />
      <label htmlFor={`${id}-probe`}>Healthchecks pass on</label>
      <select
        id={`${id}-probe`}
        value={value.healthcheck}
        onChange={(e) => onChange({ ...value, healthcheck: e.currentTarget.value === 'last-probe' ? 'last-probe' : 'first-probe' })}
      >
        <option value="first-probe">the first probe (best case)</option>
        <option value="last-probe">the last probe before compose gives up (worst case)</option>
      </select>
    </fieldset>
  );
}
