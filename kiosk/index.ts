/** The kiosk page: /kiosk/?office=tay-mo&kiosk=k1 */
import { guardKioskPage } from './lib/kiosk-guard.js';
import './components/kiosk-app.js';

guardKioskPage();
