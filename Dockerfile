# syntax=docker/dockerfile:1
# The API serving the built web app, on Node 24 LTS, with the SQLite database on a volume at /data.
#   docker build -t goal-monitor . && docker run -p 3000:3000 -v goal-monitor-data:/data goal-monitor
# Stages: manifests (cached dependency layer) → build (all deps, web build) → prod-deps (runtime
# packages only) → runtime (no compiler, no dev dependencies, non-root, Node as PID 1).
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS manifests
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY db/package.json db/
COPY packages/domain/package.json packages/domain/
COPY packages/progress/package.json packages/progress/
COPY packages/schemas/package.json packages/schemas/

FROM manifests AS build
# Compilers live only in this stage: better-sqlite3 ships prebuilt binaries (linux x64/arm64, glibc and
# musl), node-gyp compiles only where none fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
# Only the manifests so far: this layer is rebuilt only when a package.json or the lockfile changes.
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm --filter @nap/web build

FROM manifests AS prod-deps
# The server's own packages and those of its workspace dependencies, without dev dependencies;
# no install scripts are needed (better-sqlite3 loads its bundled prebuilt binary).
RUN pnpm install --frozen-lockfile --prod --ignore-scripts --filter "@nap/api..."

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATABASE_PATH=/data/goal-monitor.sqlite
WORKDIR /app
# Runtime packages (better-sqlite3 loads its bundled prebuilt binary), then only what the server runs:
# the API, db (schema, migrations, seed data) and the shared packages as TypeScript (Node 24 strips
# the types itself), and the built web app.
COPY --from=prod-deps /app ./
COPY --from=build /app/apps/api/src apps/api/src
COPY --from=build /app/db/src db/src
COPY --from=build /app/db/seed db/seed
COPY --from=build /app/db/migrations db/migrations
COPY --from=build /app/packages/domain/src packages/domain/src
COPY --from=build /app/packages/progress/src packages/progress/src
COPY --from=build /app/packages/schemas/src packages/schemas/src
COPY --from=build /app/apps/web/dist apps/web/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: Node is PID 1 and receives SIGTERM itself; close-with-grace handles it (finish requests,
# close the database) within 5 s.
CMD ["node", "apps/api/src/server.ts"]
