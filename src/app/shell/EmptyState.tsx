import { SAMPLES } from '../samples';
import { openStack } from '../workspaceActions';

/** What an empty workspace shows: how to add files, and the bundled sample stacks. */
export function EmptyState() {
  return (
    <div className="empty-state">
      <h2>Drop your stack here</h2>
      <p>
        Drag compose files (with their override files and <code>.env</code>), Markdown architecture pages, or a whole
        project folder anywhere on this window, or use <strong>Open files</strong>. Nothing leaves your browser.
      </p>
      <p>Or look around a sample stack first:</p>
      <ul className="empty-samples">
        {SAMPLES.map((sample) => (
          <li key={sample.id}>
            <button type="button" className="button" onClick={async () => openStack(await sample.load(), 'sample')}>
              {sample.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
