import { seamsVitestConfig } from '@seams/vitest-config';

export default seamsVitestConfig({ containers: { services: ['rabbitmq'] } });
