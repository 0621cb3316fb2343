/**
 * One Vite build for every screen: each HTML file under kiosk/, display/ and console/ is an
 * entry page (kiosk/index.html → /kiosk/, display/counter.html → /display/counter.html).
 * In development the dev server proxies the API and socket.io to the server on PORT.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const SCREENS = ['kiosk', 'display', 'console'];

function entryPages(): Record<string, string> {
  const input: Record<string, string> = {};
  for (const dir of SCREENS) {
    for (const file of readdirSync(resolve(import.meta.dirname, dir))) {
      if (file.endsWith('.html')) input[`${dir}/${file.replace(/\.html$/, '')}`] = resolve(import.meta.dirname, dir, file);
    }
  }
  return input;
}

const serverPort = Number(process.env.PORT ?? 3000);

export default defineConfig({
  root: import.meta.dirname,
  publicDir: resolve(import.meta.dirname, 'public'),
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: entryPages() },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': `http://127.0.0.1:${serverPort}`,
      '/socket.io': { target: `ws://127.0.0.1:${serverPort}`, ws: true },
    },
  },
});
