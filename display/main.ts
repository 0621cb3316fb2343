import './board/board-app.js';
