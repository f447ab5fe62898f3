import { libraryConfig } from '@seams/tsup-config';
import { defineConfig } from 'tsup';

export default defineConfig(libraryConfig());
