/** The counter rating tablet: /kiosk/tablet.html?office=tay-mo&counter=3 */
import { guardKioskPage } from './lib/kiosk-guard.js';
import './components/tablet-app.js';

guardKioskPage();
