// Round 28 probe (seed 2811, 132 cases): an order/customer/inventory service's SQL (repo-gen.ts).
import { generateRepoCases } from './repo-gen.js';

export default generateRepoCases(2811, 132);
