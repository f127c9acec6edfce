import { App, Chart } from 'cdk8s';
import { Workload } from 'orofi-platform-manifests/charts';

const app = new App();
new Workload(new Chart(app, 'hello'), 'hello', {
  name: 'hello',
  namespace: 'apps',
  component: 'microservice',
  imageRepository: 'ghcr.io/acme/hello',
  imageTag: 'v1.0.0',
  port: 8080,
  replicas: { min: 2, max: 4 },
  resources: {
    requests: { cpuMillis: 100, memoryMiB: 128 },
    limits: { cpuMillis: 500, memoryMiB: 256 },
  },
});
app.synth();
