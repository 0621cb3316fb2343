/** The chairman's report pages (reports.html, complaints.html). */
import './components/report-app.js';
