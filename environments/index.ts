/** The platform description and every environment synthesized by `npm run synth`, in output order. */
import { dev } from './dev';
import { production } from './production';
import { staging } from './staging';

export { platform } from './platform';
export const environments = [dev, staging, production];
