/** The API reference page (api.html): the server's OpenAPI description, readable. */
import { setLang } from '../shared/i18n/translate.js';
import { pageParam } from '../shared/ui/api-client.js';
import './components/api-reference.js';

// Vietnamese by default; ?lang=en for English
if (pageParam('lang') === 'en') setLang('en');
