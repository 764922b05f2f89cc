/** Appends `items` to `target` one by one: `push(...items)` overflows the stack past ~100k items. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
