import type { App } from 'cdk8s';
import type { EnvironmentModel, WorkloadRole } from '../lib/model';
import { NamespacesChart } from './namespaces';
import { PriorityClassesChart } from './priority-classes';
import { WorkloadChart } from './workload';

/**
 * Adds the charts of one environment to an app. This is the one place where the model is mapped to
 * construct props; each chart id becomes a file name under `dist/<environment>/`.
 */
export function addPlatformCharts(app: App, env: EnvironmentModel): void {
  const platform = env.platform;
  /** The gateways are the entry points: without them nothing behind them is reachable. */
  const priorities: Record<WorkloadRole, { value: number; description: string }> = {
    'api-gateway': { value: 100000, description: `${platform} API gateways: entry points of all traffic` },
    microservice: { value: 90000, description: `${platform} microservices` },
  };
  const priorityClass = (role: WorkloadRole) => `${platform}-${role}`;
  new NamespacesChart(app, 'namespaces', { platform, namespaces: env.namespaces });
  new PriorityClassesChart(app, 'priority-classes', {
    platform,
    classes: (Object.keys(priorities) as WorkloadRole[]).map((role) => ({
      name: priorityClass(role),
      ...priorities[role],
    })),
  });
  for (const workload of env.workloads) {
    new WorkloadChart(app, workload.name, {
      platform,
      name: workload.name,
      namespace: workload.namespace,
      component: workload.role,
      priorityClassName: priorityClass(workload.role),
      imageRepository: workload.imageRepository,
      imageTag: workload.imageTag,
      port: workload.port,
      protocol: workload.protocol,
      replicas: workload.replicas,
      spreadAcrossZones: env.highAvailability,
      healthPaths: workload.healthPaths,
      resources: workload.resources,
      gcpServiceAccount: workload.gcpServiceAccount,
    });
  }
}
