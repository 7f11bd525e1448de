/**
 * Build of the web client: `npm run build` writes dist/web, which the server
 * serves as static files (with index.html as the fallback of client routes).
 * In development, `vite` proxies the server's paths to the API on port 3000.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const apiServer = 'http://localhost:3000'
const serverPaths = ['/api', '/feeds', '/tiles', '/ogc', '/embed']

/**
 * Source folders share names with server paths (web/api/client.ts is
 * requested as /api/client.ts): the dev server keeps TypeScript modules.
 */
function isSourceModule(url: string | undefined): boolean {
  return /\.ts(\?|$)/.test(url ?? '')
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // MapLibre (1.1 MB) and its worker are loaded on demand, never in the
    // main bundle; the warning would only be about them.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // The site's page, and the partner widgets' script at a stable address
      // (/embed.js, SPEC §6); both share the components' chunks and MapLibre's.
      input: {
        site: fileURLToPath(new URL('index.html', import.meta.url)),
        embed: fileURLToPath(new URL('embed/main.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js'),
        // MapLibre's worker is shipped as an .mjs asset; naming it .js keeps
        // it served with a JavaScript MIME type by any static file server,
        // which module workers require.
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith('.mjs'))
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  // URLs written into JavaScript (assets, chunks to preload) are resolved
  // against the importing module, not the page: the widgets run on other
  // sites' pages and must fetch from the Archipel server that served them.
  experimental: {
    renderBuiltUrl: (_filename, { hostType }) => (hostType === 'js' ? { relative: true } : undefined),
  },
  server: {
    proxy: Object.fromEntries(
      serverPaths.map((path) => [path, { target: apiServer, bypass: (req) => (isSourceModule(req.url) ? req.url : undefined) }]),
    ),
  },
})
