# The API serving the built web app, with the SQLite database on a volume at /data.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/* && npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @nap/web build
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATABASE_PATH=/data/goal-monitor.sqlite
EXPOSE 3000
VOLUME ["/data"]
CMD ["pnpm", "--filter", "@nap/api", "start"]
