import { startLmsBridge } from './bridge';
import { readLmsConfig } from './page';

// The page script of an LMS package (injected by src/integrations/lms-bridge.ts): reads the package
// settings from <meta name="jt-lms"> and connects the page to the LMS. A page without them runs as the site.
const config = readLmsConfig();
if (config) void startLmsBridge(config);
