import './components/admin-app.js';
