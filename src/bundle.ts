/**
 * The script-tag bundles' entry (care-widgets.js, care-widgets.iife.js):
 * registers every element and exports nothing. Unlike index.ts it leaves out
 * parseFeed, whose problem messages a visitor never needs; the widgets load
 * those from feed-problems.js when a feed has problems (src/feed/explain.ts).
 *
 * <care-feed> is registered first, so the widgets inside one find it as they
 * upgrade (see src/internal/define.ts).
 */
import './feed-element/define.js';
import './awareness-banner/define.js';
import './session-finder/define.js';
