export { orderEventsTopology } from './order-events-topology.js';
