/** The chairman's report pages (reports.html). */
import './components/report-app.js';
