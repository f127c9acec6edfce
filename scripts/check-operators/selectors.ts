import type { Json } from '../../lib/json';
export function selectorProblems(_dist: readonly Json[], _rendered: readonly { app: Json; objects: Json[] }[]) {
  return { problems: [] as { where: string; message: string }[], checked: 0 };
}
