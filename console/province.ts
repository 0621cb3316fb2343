/** The province's live wall (province.html): every office of a supervisor's scope, live. */
import './components/province-wall-app.js';
import { setLang } from '../shared/i18n/translate.js';
import { pageParam } from '../shared/ui/api-client.js';

// Vietnamese by default; ?lang=en for English-speaking staff and visitors
if (pageParam('lang') === 'en') setLang('en');
