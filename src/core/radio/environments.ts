import { normaliseHeader } from '../import/normaliseHeader.ts';
import { ENVIRONMENTS, type Environment } from '../model.ts';

/** Names a cell may give an environment by, folded (no case, spaces, punctuation or diacritics). */
const ALIASES: Record<Environment, readonly string[]> = {
  dense_urban: ['Đô thị đông đúc', 'Đô thị mật độ cao', 'dense'],
  urban: ['Đô thị', 'Thành thị', 'Nội thị'],
  suburban: ['Ngoại ô', 'Ven đô', 'Ngoại thị'],
  rural: ['Nông thôn', 'Miền núi', 'open', 'quasi-open'],
};

const BY_KEY = new Map<string, Environment>(
  ENVIRONMENTS.flatMap((env) => [env, ...ALIASES[env]].map((name) => [normaliseHeader(name), env] as [string, Environment])),
);

/** Reads an environment cell: its name ("dense_urban", "Dense urban") or a Vietnamese one ("Nông thôn"); undefined when neither. */
export function parseEnvironment(text: string): Environment | undefined {
  return BY_KEY.get(normaliseHeader(text));
}
