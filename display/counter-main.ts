import './counter/counter-screen.js';
