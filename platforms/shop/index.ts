/** Seed 004's platform: its description and every environment synthesized, in output order. */
import { production } from './production';

export { platform } from './platform';
export const environments = [production];
