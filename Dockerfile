# The modelgate bot as a container image (docs/deploy.md). Three stages: `build` compiles lib/bot
# with every dependency, `deps` installs the runtime dependencies alone, and the image holds those
# two results and nothing else: no dev dependency, no source, no npm cache.
#
#   docker build -t modelgate-bot .
#   docker run --read-only --tmpfs /tmp -p 3000:3000 -e APP_ID -e PRIVATE_KEY -e WEBHOOK_SECRET modelgate-bot
#
# Node 24 (LTS): the version the tests also run on (test/README.md); package.json's engines admit 22.13 and up.
# Pin the base image by digest in your own registry for reproducible builds.
ARG NODE_IMAGE=node:24-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/lib/bot ./lib/bot
COPY package.json app.yml ./
# The image's `node` user, by number, so Kubernetes' runAsNonRoot can verify it. The bot writes
# nothing to disk (logs go to stdout), so the root filesystem can be read-only.
USER 1000:1000
EXPOSE 3000
# No curl in slim images: Node asks the health route itself.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "lib/bot/main.js"]
