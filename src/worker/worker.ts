import { expose } from 'comlink';
import { workerApi } from './api.ts';

expose(workerApi);
