/** The chairman's report pages (reports.html). */
import './components/report-app.js';
import { setLang } from '../shared/i18n/translate.js';
import { pageParam } from '../shared/ui/api-client.js';

// Vietnamese by default; ?lang=en for English-speaking staff and visitors
if (pageParam('lang') === 'en') setLang('en');
