import { seamsVitestConfig } from '@seams/vitest-config';

// The containers project runs the SQL corpus on a real PostgreSQL (TEST_POSTGRES_URL or Testcontainers).
export default seamsVitestConfig({ containers: { services: ['postgres'] } });
