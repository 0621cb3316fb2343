# syntax=docker/dockerfile:1
# The server image: the pages built once here, the same `npm start` as on a machine, as a non-root
# user. Redis runs beside it (compose.yaml); REDIS_URL must point at it (the image has no redis-server).

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# production pages (scripts/build-pages.mjs does the same when a source is newer than its stamp)
RUN NODE_ENV=production npx vite build --logLevel warn \
  && npm prune --omit=dev --no-audit --no-fund \
  && date -u +%Y-%m-%dT%H:%M:%SZ > dist/.build-stamp

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    WORKERS=in-process \
    LOG_FORMAT=json
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["npm", "start"]
