import type { App } from 'cdk8s';
import type { EnvironmentModel } from '../lib/model';
import { NamespacesChart } from './namespaces';
import { WorkloadChart } from './workload';

/**
 * Adds the charts of one environment to an app. This is the one place where the model is mapped to
 * construct props; each chart id becomes a file name under `dist/<environment>/`.
 */
export function addPlatformCharts(app: App, env: EnvironmentModel): void {
  const platform = env.platform;
  new NamespacesChart(app, 'namespaces', { platform, namespaces: env.namespaces });
  for (const workload of env.workloads) {
    new WorkloadChart(app, workload.name, {
      platform,
      name: workload.name,
      namespace: workload.namespace,
      component: workload.role,
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
