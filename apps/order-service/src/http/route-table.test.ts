import { describe, expect, it } from 'vitest';
import { RouteTable } from './route-table.js';

describe('RouteTable', () => {
  it('lists the methods served at a concrete path, params matching any one segment', () => {
    const routes = new RouteTable();
    routes.add('POST', '/orders');
    routes.add(['GET', 'HEAD'], '/orders/:id');
    routes.add('POST', '/orders/:id/pay');
    routes.add('DELETE', '/orders/:id');
    expect(routes.allowedMethods('/orders')).toEqual(['POST']);
    expect(routes.allowedMethods('/orders/abc')).toEqual(['DELETE', 'GET', 'HEAD']);
    expect(routes.allowedMethods('/orders/abc/')).toEqual([]);
    expect(routes.allowedMethods('/orders//pay')).toEqual([]);
    expect(routes.allowedMethods('/orders/abc/pay')).toEqual(['POST']);
    expect(routes.allowedMethods('/orders/abc/refund')).toEqual([]);
    expect(routes.allowedMethods('/')).toEqual([]);
  });
});
