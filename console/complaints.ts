/** The chairman's complaints page (complaints.html): the report pages, opened on their complaints tab. */
import './components/report-app.js';
import { setLang } from '../shared/i18n/translate.js';
import { pageParam } from '../shared/ui/api-client.js';

// Vietnamese by default; ?lang=en for English-speaking staff and visitors
if (pageParam('lang') === 'en') setLang('en');
