import { seamsVitestConfig } from '@seams/vitest-config';

export default seamsVitestConfig({ containers: { services: ['postgres', 'rabbitmq', 'redis'] } });
