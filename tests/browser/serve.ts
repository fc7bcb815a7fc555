import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

/** Builds the app as users get it and serves it on loopback; returns its address and the server. */
export async function startPreview(): Promise<{ url: string; server: PreviewServer }> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, server };
}

/** Builds the app once and serves it for the browser tests; the address goes to the tests as `baseUrl`. */
export default async function setup(project: TestProject) {
  const { url, server } = await startPreview();
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
