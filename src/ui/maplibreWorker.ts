import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

// MapLibre finds its worker next to its own module by default, which a bundler moves: point it at the bundled copy.
setWorkerUrl(workerUrl);
