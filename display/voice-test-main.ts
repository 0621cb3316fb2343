import './voice-test/voice-test.js';
