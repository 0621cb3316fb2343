import { setLang } from '../shared/i18n/translate.js';
import { pageParam } from '../shared/ui/api-client.js';
import './components/counter-console-app.js';

// Vietnamese by default; ?lang=en for English-speaking staff and visitors
if (pageParam('lang') === 'en') setLang('en');
