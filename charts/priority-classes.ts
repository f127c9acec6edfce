import type { IPriorityClass } from 'kubernetes-models/scheduling.k8s.io/v1/PriorityClass';
import type { Construct } from 'constructs';
import { addTyped } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

/** A scheduling priority for the platform's pods. */
export interface PriorityClassSpec {
  /** Name of the PriorityClass, which pods name in `priorityClassName`. */
  readonly name: string;
  /** Higher values are scheduled first and preempt lower ones; keep below 1,000,000,000 (system classes). */
  readonly value: number;
  /** What the class is for. */
  readonly description: string;
}

/** Props of `PriorityClassesChart`. */
export interface PriorityClassesChartProps extends PlatformChartProps {
  /** The PriorityClasses, none of them the global default. */
  readonly classes: readonly PriorityClassSpec[];
}

/**
 * The PriorityClasses the platform's workloads run with, so that under resource pressure the scheduler
 * keeps the platform's pods over less important ones, in the order the values give.
 */
export class PriorityClassesChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: PriorityClassesChartProps) {
    super(scope, id, props);
    for (const spec of props.classes) {
      const priorityClass: IPriorityClass = {
        apiVersion: 'scheduling.k8s.io/v1',
        kind: 'PriorityClass',
        metadata: { name: spec.name },
        value: spec.value,
        globalDefault: false,
        preemptionPolicy: 'PreemptLowerPriority',
        description: spec.description,
      };
      addTyped(this, spec.name, priorityClass);
    }
  }
}
