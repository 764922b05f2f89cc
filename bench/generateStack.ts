/**
 * Realistic generated compose stacks for benchmarks: layers of services (edge → apps → workers →
 * data stores), each depending on a few services in lower layers with a mix of conditions,
 * healthchecks on the data stores, and a network per layer pair.
 */
export function generateStack(services: number, seed = 1): string {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const layers = Math.max(3, Math.round(Math.log2(services)));
  const perLayer = Math.ceil(services / layers);
  const names: string[][] = [];
  const lines = ['name: generated', 'services:'];
  let count = 0;
  for (let layer = 0; layer < layers && count < services; layer++) {
    names.push([]);
    for (let i = 0; i < perLayer && count < services; i++, count++) {
      const name = `svc-l${layer}-${i}`;
      names[layer].push(name);
      const store = layer === 0;
      lines.push(`  ${name}:`);
      lines.push(`    image: ${store ? (i % 2 ? 'postgres:16' : 'redis:7') : `registry.example/team${i % 7}/${name}:1.${i}`}`);
      if (i % 5 === 0) lines.push(`    ports: ["${10000 + count}:${store ? 5432 : 8080}"]`);
      // Each layer sits on its pair's network and, when it differs, the one below (no duplicates: compose rejects them).
      const networks = new Set([`net-${Math.floor(layer / 2)}`, `net-${Math.floor(Math.max(0, layer - 1) / 2)}`]);
      lines.push(`    networks: [${[...networks].join(', ')}]`);
      if (store || i % 3 === 0) {
        lines.push('    healthcheck:');
        lines.push(`      test: ["CMD", "check-${name}"]`);
        lines.push('      interval: 10s');
        lines.push('      timeout: 3s');
        lines.push('      retries: 5');
      }
      if (layer > 0) {
        lines.push('    depends_on:');
        const picks = new Set<string>();
        const want = 1 + Math.floor(random() * 3);
        for (let k = 0; k < want * 2 && picks.size < want; k++) {
          const target = Math.floor(random() * layer);
          const pool = names[target];
          picks.add(pool[Math.floor(random() * pool.length)]);
        }
        for (const dep of picks) {
          const depLayer = Number(/l(\d+)/.exec(dep)![1]);
          const depIndex = Number(/-(\d+)$/.exec(dep)![1]);
          const healthy = depLayer === 0 || depIndex % 3 === 0;
          lines.push(`      ${dep}:`);
          lines.push(`        condition: ${healthy ? 'service_healthy' : 'service_started'}`);
        }
      }
      lines.push(`    environment:`);
      lines.push(`      LOG_LEVEL: info`);
      lines.push(`      TEAM: team${i % 7}`);
    }
  }
  lines.push('networks:');
  for (let n = 0; n <= Math.floor(layers / 2); n++) lines.push(`  net-${n}: {}`);
  return `${lines.join('\n')}\n`;
}
