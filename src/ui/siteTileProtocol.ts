import { addProtocol } from 'maplibre-gl';
import { SITES_PROTOCOL } from '../worker/siteTileNames.ts';
import { siteTileInWorker } from './loadData.ts';

// MapLibre asks the page for each site tile; the app's worker cuts it, so the page only passes bytes along.
addProtocol(SITES_PROTOCOL, async ({ url }) => {
  const [z = 0, x = 0, y = 0] = url.slice(`${SITES_PROTOCOL}://`.length).split('/').slice(1).map(Number);
  const bytes = await siteTileInWorker(z, x, y);
  return { data: bytes.buffer };
});
