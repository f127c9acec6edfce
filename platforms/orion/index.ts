/** Seed 001's platform: its description and every environment synthesized, in output order. */
import { production } from './production';
import { staging } from './staging';

export { platform } from './platform';
export const environments = [staging, production];
