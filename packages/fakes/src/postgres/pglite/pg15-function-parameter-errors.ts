import type { PostgresErrorFields } from '../postgres-engine.js';

/**
 * The checks CREATE FUNCTION / CREATE PROCEDURE make of a parameter list
 * (interpret_function_parameter_list, and the grammar's merging of RETURNS TABLE columns): 16+
 * locate each at the offending parameter, 15 raised them with no position. A client that reads
 * `position` to point at the parameter sees none on 15, so the report is given without it.
 * Each message is raised nowhere else, so the text alone says the error is one of them.
 */
const PARAMETER_LIST_ERRORS: readonly RegExp[] = [
  /^SQL function cannot accept shell type .+$/s,
  /^(?:functions|procedures) cannot accept set arguments$/,
  /^VARIADIC parameter must be the last input parameter$/,
  /^VARIADIC parameter must be an array$/,
  /^procedure OUT parameters cannot appear after one with a default value$/,
  /^parameter name ".*" used more than once$/s,
  /^only input parameters can have default values$/,
  /^cannot use table references in parameter default value$/,
  /^input parameters after one with a default value must also have defaults$/,
  /^OUT and INOUT arguments aren't allowed in TABLE functions$/,
];

/** Whether the error is a parameter-list check of CREATE FUNCTION/PROCEDURE, unlocated in 15. */
export function isParameterListError(error: PostgresErrorFields): boolean {
  if (error.code !== '42P13' && error.code !== '42601' && error.code !== '42P10') return false;
  return PARAMETER_LIST_ERRORS.some((pattern) => pattern.test(error.message));
}
