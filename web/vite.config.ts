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
      output: {
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
  server: {
    proxy: Object.fromEntries(
      serverPaths.map((path) => [path, { target: apiServer, bypass: (req) => (isSourceModule(req.url) ? req.url : undefined) }]),
    ),
  },
})
