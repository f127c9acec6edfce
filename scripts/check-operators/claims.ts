import type { Json } from '../../lib/json';
export interface Claim {
  application: string;
  claim: string;
  holds: boolean;
  detail: string;
}
export function operatorClaims(_dist: readonly Json[], _rendered: readonly { app: Json; objects: Json[] }[]): Claim[] {
  return [];
}
