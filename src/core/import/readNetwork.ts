import { NETWORKS, type Network } from '../measure/measureTypes.ts';
import { foldVietnamese } from '../search/foldVietnamese.ts';

const WORDS: Record<string, Network> = {
  mobile: 'mobile', 'di dong': 'mobile', 'bang rong di dong': 'mobile', cellular: 'mobile', 'mobile broadband': 'mobile',
  fixed: 'fixed', 'co dinh': 'fixed', 'bang rong co dinh': 'fixed', 'fixed broadband': 'fixed', ftth: 'fixed', 'cap quang': 'fixed',
};

/** A network cell ("Di động", "fixed", "Băng rộng cố định") as a `Network`; null when it names neither. */
export function parseNetwork(text: string): Network | null {
  return WORDS[foldVietnamese(text)] ?? null;
}

/** The network of a whole speed file: the one chosen, else the one its name says (Ookla's "_mobile_" / "_fixed_"), else mobile. */
export function fileNetwork(fileName: string, chosen: Network | undefined): Network {
  if (chosen !== undefined) return chosen;
  const name = fileName.toLowerCase();
  return NETWORKS.find((n) => name.includes(n)) ?? 'mobile';
}
