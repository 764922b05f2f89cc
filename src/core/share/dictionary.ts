import { strToU8 } from 'fflate';

/*
 * A preset dictionary for `v1d.` links: text that compose files, env files and architecture
 * pages tend to share, so even a small stack's first `depends_on:` or `## Architecture` is a
 * back-reference instead of literals. Written from the compose specification and common
 * README habits, not copied from any one project. Deflate favours near distances, so the most
 * common phrases come last.
 *
 * FROZEN: links made with it must keep decoding. Changing one byte needs a new prefix (`v2d.`).
 */
const MARKDOWN = `# Architecture

## Overview

This project runs as a set of containers with Docker Compose. The diagram below shows how the services talk to each other.

## Getting started

\`\`\`sh
git clone https://github.com/
cp .env.example .env
docker compose up -d
docker compose logs -f
docker compose down -v
\`\`\`

Open http://localhost:8080 in your browser.

## Services

| Service | Description | Image | Port |
|---------|-------------|-------|------|
| \`db\` | PostgreSQL database | postgres | 5432 |
| \`redis\` | Redis cache | redis | 6379 |

- **frontend**: the web application
- **backend**: the API server
- **database**: stores the data

## Deployment

\`\`\`mermaid
flowchart LR
  client --> frontend
  frontend --> backend
  backend --> database
\`\`\`

\`\`\`yaml
`;

const ENV = `# Environment variables
COMPOSE_PROJECT_NAME=
POSTGRES_USER=postgres
POSTGRES_DB=
MYSQL_DATABASE=
MYSQL_USER=
LOG_LEVEL=info
NODE_ENV=production
TZ=UTC
`;

const COMPOSE = `version: "3.8"
name: app

x-common: &common
  restart: unless-stopped
  logging:
    driver: json-file
    options:
      max-size: "10m"

services:
  nginx:
    image: nginx:alpine
    ports:
      - "80:80"
      - "443:443"
    volumes:
      - ./nginx/nginx.conf:/etc/nginx/nginx.conf:ro
  frontend:
    build:
      context: ./frontend
      dockerfile: Dockerfile
      target: development
    container_name: frontend
    command: npm run start
    working_dir: /app
    env_file:
      - .env
    expose:
      - 3000
    labels:
      - "traefik.enable=true"
  backend:
    image: node:lts-alpine
    environment:
      - NODE_ENV=production
      DATABASE_URL: postgres://postgres:\${POSTGRES_PASSWORD}@db:5432/postgres
      REDIS_URL: redis://redis:6379
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started
      migrate:
        condition: service_completed_successfully
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
      interval: 10s
      timeout: 5s
      retries: 5
      start_period: 30s
    networks:
      - backend
      - frontend
    secrets:
      - db_password
  redis:
    image: redis:7-alpine
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
  mysql:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: \${MYSQL_ROOT_PASSWORD}
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "127.0.0.1"]
  db:
    image: postgres:16-alpine
    restart: always
    environment:
      POSTGRES_USER: \${POSTGRES_USER:-postgres}
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
      POSTGRES_DB: \${POSTGRES_DB}
    volumes:
      - db-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 5s
      timeout: 5s
      retries: 5
    networks:
      - backend
    depends_on:
      - redis
    ports:
      - "5432:5432"
    restart: unless-stopped

volumes:
  db-data:
  db_data:

networks:
  frontend:
  backend:
    driver: bridge

secrets:
  db_password:
    file: ./secrets/db_password.txt
`;

const escaped = (text: string) => JSON.stringify(text).slice(1, -1);

/** The dictionary's bytes. Texts travel JSON-escaped in the payload, so they are escaped here too. */
export const PERMALINK_DICTIONARY: Uint8Array = strToU8(
  `[{},[["README.md","${escaped(MARKDOWN)}"],[".env","${escaped(ENV)}"],["docker-compose.yml","${escaped(COMPOSE)}"],["compose.yaml","`,
);
