import type { SignageAlerts } from './alerts.ts';
import type { SignageAudit } from './audit.ts';
import type { LiveFeeds } from './feeds.ts';
import type { ScreenHealthTracker } from './health.ts';
import type { SignageItems } from './items.ts';
import type { LedAreas } from './led.ts';
import type { HallInfo } from './manifest.ts';
import type { SignageMedia } from './media.ts';
import type { PlayStore } from './plays.ts';
import type { PublishResult, RevisionPublisher } from './revisions.ts';
import type { Screenshots } from './screenshots.ts';
import type { SignageStructureStore } from './structure.ts';

/** The parts of the signage capability its route files share; built once in plugin.ts. */
export interface SignageParts {
  hall: HallInfo;
  audit: SignageAudit;
  structure: SignageStructureStore;
  items: SignageItems;
  media: SignageMedia;
  publisher: RevisionPublisher;
  alerts: SignageAlerts;
  led: LedAreas;
  feeds: LiveFeeds;
  plays: PlayStore;
  screenshots: Screenshots;
  health: ScreenHealthTracker;
  /**
   * A new revision from what is published now, after `change` (an approval), in one transaction; the screens
   * are told after it commits, and a `change` that throws publishes nothing.
   */
  publish(reason: string, by: string, change?: () => void): PublishResult;
  /** Sets (or removes) a screen's broker account; false with an external broker, which keeps its own. */
  brokerAccount(screenId: string, key: string | null): boolean;
}
