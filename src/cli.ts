import * as core from '@actions/core';
import { hi, lazy } from './x.ts';
core.info(hi(1) + await lazy());
