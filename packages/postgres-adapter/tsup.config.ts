import { libraryConfig } from '@seams/tsup-config';
import { defineConfig } from 'tsup';

// shims: the CJS build needs import.meta.url to find the shipped migrations folder.
export default defineConfig(libraryConfig({ shims: true }));
