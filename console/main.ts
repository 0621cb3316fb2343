import './components/counter-console-app.js';
