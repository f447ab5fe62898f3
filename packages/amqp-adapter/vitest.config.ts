import { seamsVitestConfig } from '@seams/vitest-config';

// Six broker-corpus files of about 45 s each, nearly all of it waiting on RabbitMQ and on timers
// (about 0.1 core per file): all six at once instead of three.
export default seamsVitestConfig({ containers: { services: ['rabbitmq'], maxWorkers: 6 } });
