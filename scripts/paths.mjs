// Paths shared by the build scripts. The compose-spec schema ships inside the `dclint`
// linter package; its `exports` map hides the file, so bundlers reach it by path.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const composeSchemaPath = path.join(root, 'node_modules', 'dclint', 'schemas', 'compose.schema.json');
