/** The chairman's complaints page (complaints.html): the report pages, opened on their complaints tab. */
import './components/report-app.js';
