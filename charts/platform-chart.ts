import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';

/** Props shared by every chart of the platform. */
export interface PlatformChartProps {
  /** Platform name, set as `app.kubernetes.io/part-of` on every object. */
  readonly platform: string;
}

/**
 * Base of every chart: one chart becomes one file under `dist/<environment>/`, named after the chart id.
 * Names are never hashed, and every object carries the platform's standard labels.
 */
export class PlatformChart extends Chart {
  constructor(scope: Construct, id: string, props: PlatformChartProps) {
    super(scope, id, {
      disableResourceNameHashes: true,
      labels: {
        'app.kubernetes.io/managed-by': 'cdk8s',
        'app.kubernetes.io/part-of': props.platform,
      },
    });
  }
}
