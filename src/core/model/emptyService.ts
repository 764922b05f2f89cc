import type { Service, ServiceOrigin } from '../types';

/** A service with every field at its neutral default; callers fill in what they know. */
export function emptyService(name: string, origin: ServiceOrigin[]): Service {
  return {
    name,
    origin,
    image: null,
    ports: [],
    dependsOn: [],
    networks: [],
    volumes: [],
    healthcheck: null,
    oneShot: false,
    oneShotReason: null,
    profiles: [],
    active: true,
    role: null,
    notes: [],
    sources: [],
    facts: {},
    restart: null,
    containerName: null,
    hostname: null,
    command: null,
    environment: {},
    stated: { images: [], ports: [] },
  };
}
