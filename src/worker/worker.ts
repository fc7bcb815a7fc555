import { expose } from 'comlink';
import { createAppWorkerApi } from './api.ts';

expose(createAppWorkerApi());
