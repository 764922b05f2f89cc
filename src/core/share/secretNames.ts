/** The text that replaces a secret: plain letters that YAML, dotenv and URLs all read as an ordinary value. */
export const MASK = '«masked»';

const SECRET_WORDS = /PASSWORD|PASSWD|SECRET|TOKEN|APIKEY|API_KEY|CREDENTIAL|PRIVATE_KEY/;
const SECRET_ENDINGS = /_KEY$|_PASS$|_PWD$/;
// `*_FILE` names hold a path to a secret (compose's and the official images' convention), not the secret.
const NOT_SECRET = /_FILE$|_PATH$|_DIR$/;

/** Whether a variable's name says its value is a secret: `DB_PASSWORD`, `api-key`, `GITHUB_TOKEN`, … */
export function looksSecret(name: string): boolean {
  const n = name.toUpperCase().replace(/[-.]/g, '_');
  if (NOT_SECRET.test(n)) return false;
  return SECRET_WORDS.test(n) || SECRET_ENDINGS.test(n);
}

const REFERENCES_ONLY = /^(?:\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*)+$/;
// `${NAME:-default}`, `${NAME-default}`, `${NAME:+alternative}`, `${NAME:?message}`.
const WITH_OPERATOR = /^\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-+?])/;
const NOT_A_VALUE = /^(?:true|false|yes|no|on|off|null|~)$/i;

/**
 * Which part of a secret's value to replace, as [start, end) within `value`, or null for
 * nothing. `${DB_PASSWORD}` names a secret without holding one, so it stays (and keeps the
 * link useful); in `${DB_PASSWORD:-hunter2}` only the default goes.
 */
export function secretSpan(value: string): [number, number] | null {
  const start = value.length - value.trimStart().length;
  const trimmed = value.trim();
  const end = start + trimmed.length;
  if (trimmed === '' || trimmed.includes(MASK) || NOT_A_VALUE.test(trimmed) || REFERENCES_ONLY.test(trimmed)) return null;
  const operator = WITH_OPERATOR.exec(trimmed);
  if (operator && trimmed.endsWith('}') && trimmed.indexOf('}') === trimmed.length - 1) {
    // `?` carries an error message for a missing value, not a value.
    if (operator[1].includes('?')) return null;
    const inner = trimmed.slice(operator[0].length, -1);
    if (inner === '' || REFERENCES_ONLY.test(inner)) return null;
    const s = start + operator[0].length;
    return [s, s + inner.length];
  }
  return [start, end];
}
