// A worker thread runs plain Node: tsx's loader is registered here so the TypeScript worker and the core load.
import { register } from 'tsx/esm/api';

register();
await import('./statsWorker.ts');
